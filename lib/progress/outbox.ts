import type { ProgressMark } from "@/lib/progress/progress-api";
import type { ProgressState } from "@/lib/progress/progress-schema";

/** The outbox as a flat list of marks, oldest first, so the earliest ticks are sent first. */
export function outboxMarks(outbox: ProgressState): ProgressMark[] {
  const marks = Object.entries(outbox).flatMap(([guide, steps]) => Object.entries(steps).map(([step, mark]) => ({ guide, step, ...mark })));
  return marks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * Removes the marks the server confirmed. A step ticked again while the request was in flight has
 * a newer `at` and stays queued, so no tick is dropped by a confirmation meant for an older one.
 */
export function withoutMarks(outbox: ProgressState, sent: readonly ProgressMark[]): ProgressState {
  const next: ProgressState = { ...outbox };
  for (const mark of sent) {
    const steps = next[mark.guide];
    const queued = steps?.[mark.step];
    if (!steps || !queued || queued.at !== mark.at || queued.done !== mark.done) continue;
    const { [mark.step]: _confirmed, ...rest } = steps;
    if (Object.keys(rest).length === 0) delete next[mark.guide];
    else next[mark.guide] = rest;
  }
  return next;
}

/**
 * The marks of `local` that `account` lacks or holds an older decision for: ticks made in this
 * browser that never reached the server. Tabs share the outbox in localStorage, whose
 * read-modify-write is not atomic across tabs (each tab reads its own cached copy), so a tab
 * removing a confirmed mark can overwrite a tick another tab queued a moment before. Comparing
 * the browser's ticks with the account's copy finds such ticks again.
 */
export function marksNewerThanAccount(local: ProgressState, account: ProgressState): ProgressMark[] {
  return outboxMarks(local).filter((mark) => {
    const saved = account[mark.guide]?.[mark.step];
    return saved === undefined || Date.parse(mark.at) > Date.parse(saved.at);
  });
}

/** A mark's identity: the same decision for the same step at the same time. */
export function markKey(mark: ProgressMark): string {
  return `${mark.guide}/${mark.step}/${mark.at}/${mark.done}`;
}

/** Indices of marks a 400 response named ("marks.3.step: …"), so only those are dropped. */
export function refusedMarkIndices(details: readonly string[] | undefined): Set<number> {
  const indices = new Set<number>();
  for (const detail of details ?? []) {
    const match = /^marks\.(\d+)\./.exec(detail);
    if (match?.[1]) indices.add(Number(match[1]));
  }
  return indices;
}

/** Exponential backoff with jitter: 1 s, 2 s, 4 s … capped at a minute, spread so tabs and devices do not retry in step. */
export function retryDelayMs(attempt: number, random: number): number {
  const base = Math.min(60_000, 1000 * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.5 + random / 2));
}
