import { describe, expect, it } from "vitest";
import { planChecklist, planGuides, type PlanGuide } from "@/lib/plan/plan-checklist";
import type { ChangeNotice } from "@/lib/progress/needs-attention";

const step = (id: string) => ({ id, title: id, publishedOn: "2025-01-01" });
const catalog: PlanGuide[] = [
  { slug: "linkedin-ai", title: "LinkedIn", platformName: "LinkedIn", platform: "linkedin", minutes: 3, regions: ["worldwide"], steps: [step("sign-in"), step("turn-off")] },
  { slug: "meta-objection", title: "Meta", platformName: "Meta", platform: "meta", minutes: 10, regions: ["eea", "uk"], elsewhere: "Elsewhere there is no form; keep your posts private.", steps: [step("open-form"), step("send")] },
  { slug: "openai-chat", title: "ChatGPT", platformName: "OpenAI", platform: "openai", minutes: 2, regions: ["worldwide"], steps: [step("turn-off")] },
];
const at = "2025-06-01T10:00:00.000Z";

describe("planGuides", () => {
  const slugs = (platforms: string[], region: "us" | "eea" | "elsewhere" | null) => {
    const { applies, outside } = planGuides(catalog, { platforms, region });
    return { applies: applies.map((guide) => guide.slug), outside: outside.map((guide) => guide.slug) };
  };

  it("picks the guides for the chosen services that apply in the chosen region", () => {
    expect(slugs(["linkedin", "meta"], "eea")).toEqual({ applies: ["linkedin-ai", "meta-objection"], outside: [] });
    expect(slugs(["linkedin", "meta"], null)).toEqual({ applies: ["linkedin-ai", "meta-objection"], outside: [] });
    expect(slugs([], null)).toEqual({ applies: [], outside: [] });
  });

  it("never drops a picked platform: a guide for other regions is set apart, not lost", () => {
    expect(slugs(["linkedin", "meta", "openai"], "us")).toEqual({ applies: ["linkedin-ai", "openai-chat"], outside: ["meta-objection"] });
    expect(slugs(["meta"], "elsewhere")).toEqual({ applies: [], outside: ["meta-objection"] });
    expect(slugs(["linkedin"], "elsewhere")).toEqual({ applies: ["linkedin-ai"], outside: [] });
  });
});

describe("planChecklist", () => {
  it("adds up time, steps, progress and completed guides", () => {
    const progress = { "linkedin-ai": { "sign-in": { done: true, at }, "turn-off": { done: true, at } }, "meta-objection": { "open-form": { done: true, at } } };
    const checklist = planChecklist(catalog, { platforms: ["linkedin", "meta", "openai"], region: "eea" }, progress, []);
    expect(checklist).toMatchObject({ totalMinutes: 15, remainingMinutes: 12, totalSteps: 5, settledSteps: 3, needingAttention: 0, completedGuides: 1 });
    expect(checklist.guides.map((overview) => overview.status)).toEqual(["completed", "in-progress", "not-started"]);
  });

  it("lists the guides for other regions with why and what applies there, and leaves them out of time and steps", () => {
    const checklist = planChecklist(catalog, { platforms: ["linkedin", "meta", "openai"], region: "us" }, {}, []);
    expect(checklist).toMatchObject({ totalMinutes: 5, totalSteps: 3 });
    expect(checklist.guides.map((overview) => overview.guide.slug)).toEqual(["linkedin-ai", "openai-chat"]);
    expect(checklist.outside).toEqual([
      { guide: catalog[1], reason: "This guide applies in the EU & EEA and the United Kingdom, not in the United States. Elsewhere there is no form; keep your posts private." },
    ]);
    expect(planChecklist(catalog, { platforms: ["meta"], region: null }, {}, []).outside).toEqual([]);
  });

  it("counts steps needing attention after a platform change, as the dashboard does", () => {
    const change: ChangeNotice = { id: "2025-07-01-moved", date: "2025-07-01", guide: "linkedin-ai", steps: ["turn-off"], severity: "action-needed", title: "Moved", summary: "Moved" };
    const progress = { "linkedin-ai": { "sign-in": { done: true, at }, "turn-off": { done: true, at } } };
    const checklist = planChecklist(catalog, { platforms: ["linkedin"], region: null }, progress, [change]);
    expect(checklist).toMatchObject({ needingAttention: 1, settledSteps: 1, completedGuides: 0, remainingMinutes: 3 });
  });
});
