import { describe, expect, it } from "vitest";
import { planChecklist, planGuides, type PlanGuide } from "@/lib/plan/plan-checklist";
import type { ChangeNotice } from "@/lib/progress/needs-attention";

const step = (id: string) => ({ id, title: id, publishedOn: "2025-01-01" });
const catalog: PlanGuide[] = [
  { slug: "linkedin-ai", title: "LinkedIn", platformName: "LinkedIn", platform: "linkedin", minutes: 3, regions: ["worldwide"], steps: [step("sign-in"), step("turn-off")] },
  { slug: "meta-objection", title: "Meta", platformName: "Meta", platform: "meta", minutes: 10, regions: ["eea", "uk"], steps: [step("open-form"), step("send")] },
  { slug: "openai-chat", title: "ChatGPT", platformName: "OpenAI", platform: "openai", minutes: 2, regions: ["worldwide"], steps: [step("turn-off")] },
];
const at = "2025-06-01T10:00:00.000Z";

describe("planGuides", () => {
  it("picks the guides for the chosen services that apply in the chosen region", () => {
    const slugs = (platforms: string[], region: "us" | "eea" | null) => planGuides(catalog, { platforms, region }).map((guide) => guide.slug);
    expect(slugs(["linkedin", "meta"], "us")).toEqual(["linkedin-ai"]);
    expect(slugs(["linkedin", "meta"], "eea")).toEqual(["linkedin-ai", "meta-objection"]);
    expect(slugs(["linkedin", "meta"], null)).toEqual(["linkedin-ai", "meta-objection"]);
    expect(slugs([], null)).toEqual([]);
  });
});

describe("planChecklist", () => {
  it("adds up time, steps, progress and completed guides", () => {
    const progress = { "linkedin-ai": { "sign-in": { done: true, at }, "turn-off": { done: true, at } }, "meta-objection": { "open-form": { done: true, at } } };
    const checklist = planChecklist(catalog, { platforms: ["linkedin", "meta", "openai"], region: "eea" }, progress, []);
    expect(checklist).toMatchObject({ totalMinutes: 15, remainingMinutes: 12, totalSteps: 5, settledSteps: 3, needingAttention: 0, completedGuides: 1 });
    expect(checklist.guides.map((overview) => overview.status)).toEqual(["completed", "in-progress", "not-started"]);
  });

  it("counts steps needing attention after a platform change, as the dashboard does", () => {
    const change: ChangeNotice = { id: "2025-07-01-moved", date: "2025-07-01", guide: "linkedin-ai", steps: ["turn-off"], severity: "action-needed", title: "Moved", summary: "Moved" };
    const progress = { "linkedin-ai": { "sign-in": { done: true, at }, "turn-off": { done: true, at } } };
    const checklist = planChecklist(catalog, { platforms: ["linkedin"], region: null }, progress, [change]);
    expect(checklist).toMatchObject({ needingAttention: 1, settledSteps: 1, completedGuides: 0, remainingMinutes: 3 });
  });
});
