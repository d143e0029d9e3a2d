import type { GuideProgress, ProgressState, StepMark } from "@/lib/progress/progress-schema";

/** True when `candidate` should replace `current`: the later decision wins, ties keep what is there. */
function isLater(candidate: StepMark, current: StepMark | undefined): boolean {
  return current === undefined || Date.parse(candidate.at) > Date.parse(current.at);
}

/** Records one decision for one step, unless a later decision for that step is already known. */
export function markStep(state: ProgressState, guide: string, step: string, mark: StepMark): ProgressState {
  const guideProgress = state[guide] ?? {};
  if (!isLater(mark, guideProgress[step])) return state;
  return { ...state, [guide]: { ...guideProgress, [step]: mark } };
}

/** Records the same decision for several steps of one guide at once ("Mark all done", "Start over"). */
export function markSteps(state: ProgressState, guide: string, steps: readonly string[], mark: StepMark): ProgressState {
  return steps.reduce((next, step) => markStep(next, guide, step, mark), state);
}

/** Combines two progress states step by step; for each step the later decision wins. */
export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
  let merged = a;
  for (const [guide, steps] of Object.entries(b)) {
    for (const [step, mark] of Object.entries(steps)) merged = markStep(merged, guide, step, mark);
  }
  return merged;
}

/** The ids among `stepIds` that are currently done; ids no longer in the guide are ignored. */
export function doneStepIds(progress: GuideProgress | undefined, stepIds: readonly string[]): string[] {
  return stepIds.filter((id) => progress?.[id]?.done === true);
}

export type GuideCompletion = { done: number; total: number; status: "not-started" | "in-progress" | "complete" };

export function guideCompletion(progress: GuideProgress | undefined, stepIds: readonly string[]): GuideCompletion {
  const done = doneStepIds(progress, stepIds).length;
  const total = stepIds.length;
  const status = done === 0 ? "not-started" : done === total ? "complete" : "in-progress";
  return { done, total, status };
}
