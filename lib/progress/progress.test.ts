import { describe, expect, it } from "vitest";
import { doneStepIds, guideCompletion, markStep, markSteps, mergeProgress } from "@/lib/progress/progress";
import type { ProgressState } from "@/lib/progress/progress-schema";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 12, minute)).toISOString();

describe("markStep", () => {
  it("records a tick keyed by guide and step id", () => {
    const state = markStep({}, "linkedin-ai-training", "sign-in", { done: true, at: at(1) });
    expect(state).toEqual({ "linkedin-ai-training": { "sign-in": { done: true, at: at(1) } } });
  });

  it("lets a later decision replace an earlier one", () => {
    const ticked = markStep({}, "g", "s", { done: true, at: at(1) });
    expect(markStep(ticked, "g", "s", { done: false, at: at(2) }).g?.s).toEqual({ done: false, at: at(2) });
  });

  it("ignores a decision older than the one already recorded", () => {
    const unticked = markStep({}, "g", "s", { done: false, at: at(5) });
    const stale = markStep(unticked, "g", "s", { done: true, at: at(4) });
    expect(stale).toBe(unticked);
  });

  it("keeps what is there when two decisions have the same time", () => {
    const first = markStep({}, "g", "s", { done: true, at: at(1) });
    expect(markStep(first, "g", "s", { done: false, at: at(1) }).g?.s?.done).toBe(true);
  });

  it("does not touch other guides or steps", () => {
    const state: ProgressState = { a: { x: { done: true, at: at(1) } }, b: { y: { done: true, at: at(1) } } };
    const next = markStep(state, "a", "z", { done: true, at: at(2) });
    expect(next.a?.x).toEqual(state.a?.x);
    expect(next.b).toBe(state.b);
  });
});

describe("markSteps", () => {
  it("marks every named step with one decision", () => {
    const state = markSteps({}, "g", ["a", "b", "c"], { done: true, at: at(3) });
    expect(doneStepIds(state.g, ["a", "b", "c"])).toEqual(["a", "b", "c"]);
  });
});

describe("mergeProgress", () => {
  it("takes the later decision per step from either side", () => {
    const phone: ProgressState = { g: { a: { done: true, at: at(1) }, b: { done: false, at: at(9) } } };
    const laptop: ProgressState = { g: { a: { done: false, at: at(5) }, b: { done: true, at: at(2) }, c: { done: true, at: at(3) } } };
    expect(mergeProgress(phone, laptop)).toEqual({
      g: { a: { done: false, at: at(5) }, b: { done: false, at: at(9) }, c: { done: true, at: at(3) } },
    });
  });

  it("is the same whichever side comes first", () => {
    const left: ProgressState = { g: { a: { done: true, at: at(1) } }, h: { x: { done: true, at: at(4) } } };
    const right: ProgressState = { g: { a: { done: false, at: at(2) } } };
    expect(mergeProgress(left, right)).toEqual(mergeProgress(right, left));
  });
});

describe("guideCompletion", () => {
  const steps = ["sign-in", "open-settings", "turn-off"];

  it("counts only steps that still exist in the guide", () => {
    const progress = { "sign-in": { done: true, at: at(1) }, "retired-step": { done: true, at: at(1) } };
    expect(guideCompletion(progress, steps)).toEqual({ done: 1, total: 3, status: "in-progress" });
  });

  it("reports not started and complete", () => {
    expect(guideCompletion(undefined, steps).status).toBe("not-started");
    const all = markSteps({}, "g", steps, { done: true, at: at(1) });
    expect(guideCompletion(all.g, steps)).toEqual({ done: 3, total: 3, status: "complete" });
  });

  it("treats unticked steps as not done", () => {
    const progress = { "sign-in": { done: false, at: at(2) } };
    expect(guideCompletion(progress, steps).status).toBe("not-started");
  });
});
