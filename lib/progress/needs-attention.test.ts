import { describe, expect, it } from "vitest";
import { attentionCount, guideAttention, type ChangeNotice, type GuideStepsForAttention } from "@/lib/progress/needs-attention";
import type { GuideProgress } from "@/lib/progress/progress-schema";

const guide: GuideStepsForAttention = {
  slug: "linkedin-ai-training",
  steps: [
    { id: "sign-in", publishedOn: "2026-01-01" },
    { id: "open-settings", publishedOn: "2026-01-01" },
    { id: "turn-off", publishedOn: "2026-01-01" },
  ],
};

const change = (overrides: Partial<ChangeNotice>): ChangeNotice => ({
  id: "2026-06-01-moved",
  date: "2026-06-01",
  guide: "linkedin-ai-training",
  steps: ["turn-off"],
  severity: "action-needed",
  title: "LinkedIn moved the setting",
  summary: "The toggle moved under Data privacy.",
  ...overrides,
});

const done = (at: string) => ({ done: true, at });
const allDone = (at: string): GuideProgress => Object.fromEntries(guide.steps.map((step) => [step.id, done(at)]));

describe("guideAttention", () => {
  it("flags a step ticked before an action-needed change touching it", () => {
    const result = guideAttention(allDone("2026-05-01T10:00:00Z"), guide, [change({})]);
    expect([...result.changedSteps.keys()]).toEqual(["turn-off"]);
    expect(result.changedSteps.get("turn-off")?.map((c) => c.id)).toEqual(["2026-06-01-moved"]);
    expect(attentionCount(result)).toBe(1);
  });

  it("does not flag a step ticked after the change", () => {
    expect(guideAttention(allDone("2026-06-02T08:00:00Z"), guide, [change({})]).changedSteps.size).toBe(0);
  });

  it("does not flag a tick made on the day of the change, after the day began", () => {
    expect(guideAttention(allDone("2026-06-01T09:00:00Z"), guide, [change({})]).changedSteps.size).toBe(0);
  });

  it("treats a tick at exactly the change's moment as already seeing it (equal timestamps)", () => {
    expect(guideAttention(allDone("2026-06-01T00:00:00Z"), guide, [change({})]).changedSteps.size).toBe(0);
  });

  it("ignores info changes", () => {
    expect(guideAttention(allDone("2026-05-01T00:00:00Z"), guide, [change({ severity: "info" })]).changedSteps.size).toBe(0);
  });

  it("ignores steps that are not done", () => {
    const progress: GuideProgress = { "turn-off": { done: false, at: "2026-05-01T00:00:00Z" } };
    expect(guideAttention(progress, guide, [change({})]).changedSteps.size).toBe(0);
  });

  it("ignores changes to other guides", () => {
    expect(guideAttention(allDone("2026-05-01T00:00:00Z"), guide, [change({ guide: "other-guide" })]).changedSteps.size).toBe(0);
  });

  it("flags every done step for a change touching all steps", () => {
    const result = guideAttention(allDone("2026-05-01T00:00:00Z"), guide, [change({ steps: "all" })]);
    expect([...result.changedSteps.keys()]).toEqual(["sign-in", "open-settings", "turn-off"]);
  });

  it("lists several changes to one step, oldest first, only those after the tick", () => {
    const changes = [
      change({ id: "c3", date: "2026-08-01" }),
      change({ id: "c1", date: "2026-03-01" }),
      change({ id: "c2", date: "2026-07-01" }),
    ];
    const result = guideAttention(allDone("2026-05-01T00:00:00Z"), guide, changes);
    expect(result.changedSteps.get("turn-off")?.map((c) => c.id)).toEqual(["c2", "c3"]);
  });

  it("clears a step once the person checks it again (a new tick time)", () => {
    const progress = { ...allDone("2026-05-01T00:00:00Z"), "turn-off": done("2026-06-03T12:00:00Z") };
    expect(guideAttention(progress, guide, [change({})]).changedSteps.size).toBe(0);
  });

  it("ignores changes naming retired steps that are no longer in the guide", () => {
    const progress = { ...allDone("2026-05-01T00:00:00Z"), "old-step": done("2026-05-01T00:00:00Z") };
    const result = guideAttention(progress, guide, [change({ steps: ["old-step"] })]);
    expect(result.changedSteps.size).toBe(0);
  });

  it("flags steps added after the person completed the guide", () => {
    const grown: GuideStepsForAttention = { ...guide, steps: [...guide.steps, { id: "new-step", publishedOn: "2026-07-01" }] };
    const result = guideAttention(allDone("2026-05-01T00:00:00Z"), grown, []);
    expect(result.addedSteps).toEqual(["new-step"]);
    expect(attentionCount(result)).toBe(1);
  });

  it("does not flag added steps for someone who had not completed the guide", () => {
    const grown: GuideStepsForAttention = { ...guide, steps: [...guide.steps, { id: "new-step", publishedOn: "2026-07-01" }] };
    const partly: GuideProgress = { "sign-in": done("2026-05-01T00:00:00Z") };
    expect(guideAttention(partly, grown, []).addedSteps).toEqual([]);
  });

  it("stops flagging an added step once it is done", () => {
    const grown: GuideStepsForAttention = { ...guide, steps: [...guide.steps, { id: "new-step", publishedOn: "2026-07-01" }] };
    const progress = { ...allDone("2026-05-01T00:00:00Z"), "new-step": done("2026-07-02T00:00:00Z") };
    expect(guideAttention(progress, grown, []).addedSteps).toEqual([]);
  });

  it("keeps flagging an added step after an old step is checked again", () => {
    const grown: GuideStepsForAttention = { ...guide, steps: [...guide.steps, { id: "new-step", publishedOn: "2026-07-01" }] };
    const progress = { ...allDone("2026-05-01T00:00:00Z"), "sign-in": done("2026-08-01T00:00:00Z") };
    expect(guideAttention(progress, grown, []).addedSteps).toEqual(["new-step"]);
  });

  it("does not flag a step that already existed when the person started", () => {
    const grown: GuideStepsForAttention = { ...guide, steps: [...guide.steps, { id: "new-step", publishedOn: "2026-04-01" }] };
    expect(guideAttention(allDone("2026-05-01T00:00:00Z"), grown, []).addedSteps).toEqual([]);
  });

  it("has nothing to say about a guide with no progress", () => {
    expect(attentionCount(guideAttention(undefined, guide, [change({ steps: "all" })]))).toBe(0);
  });
});
