import { STEP_ID_PATTERN, isSlug } from "@/lib/content/content-constants";
import type { GuideProgress, ProgressState, StepMark } from "@/lib/progress/progress-schema";

/**
 * Browser-side checks of progress read from storage, files and the API. They mirror
 * progressStateSchema (tests hold them to it) without shipping zod to the browser: zod would add
 * ~32 kB gzip to every page and its JIT probe trips the CSP's ban on eval.
 * Invalid entries are dropped one by one, so one bad entry never costs the other ticks.
 */
const ISO_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function isRealCalendarDate(at: string): boolean {
  const [year = 0, month = 0, day = 0] = at.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asStepMark(value: unknown): StepMark | undefined {
  if (!isRecord(value) || Object.keys(value).length !== 2) return undefined;
  const { done, at } = value;
  if (typeof done !== "boolean" || typeof at !== "string" || !ISO_DATE_TIME.test(at) || !isRealCalendarDate(at)) return undefined;
  return { done, at };
}

export function sanitizeProgressState(value: unknown): ProgressState {
  const state: ProgressState = {};
  if (!isRecord(value)) return state;
  for (const [guide, steps] of Object.entries(value)) {
    if (!isSlug(guide) || !isRecord(steps)) continue;
    const kept: GuideProgress = {};
    for (const [step, mark] of Object.entries(steps)) {
      const valid = step.length <= 80 && STEP_ID_PATTERN.test(step) ? asStepMark(mark) : undefined;
      if (valid) kept[step] = valid;
    }
    if (Object.keys(kept).length > 0) state[guide] = kept;
  }
  return state;
}
