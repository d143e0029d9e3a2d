import { formatCalendarDate } from "@/lib/content/dates";

/** What the watcher knows about one official source of a guide, as of some moment. */
export type SourceWatchState = {
  publisher: string;
  lastCheckedAt: Date | null;
  lastSuccessAt: Date | null;
  /** Why the latest check failed, when it did. */
  failedWhy: string | null;
};

/** An unresolved review item of the guide: a step whose anchor vanished (stepId) or the guide as a whole. */
export type OpenReview = { publisher: string; stepId: string | null; since: Date };

/**
 * The one sentence a guide shows about its official sources: never claims a check that did not
 * happen, says when a page changed and which steps are being re-checked, and says when a page
 * could not be checked.
 */
export function describeWatchStatus(input: { sources: readonly SourceWatchState[]; open: readonly OpenReview[]; stepNumbers: ReadonlyMap<string, number> }): string {
  const day = (date: Date) => formatCalendarDate(date.toISOString().slice(0, 10));
  const changed = input.open;
  if (changed.length > 0) {
    const first = changed.reduce((a, b) => (a.since <= b.since ? a : b));
    const steps = [...new Set(changed.map((item) => (item.stepId ? input.stepNumbers.get(item.stepId) : undefined)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
    const which = steps.length === 0 ? "this guide" : steps.length === 1 ? `step ${steps[0]}` : `steps ${steps.slice(0, -1).join(", ")} and ${steps.at(-1)}`;
    return `${first.publisher}'s page changed on ${day(first.since)}; we are re-checking ${which}.`;
  }
  const checked = input.sources.filter((source) => source.lastSuccessAt !== null);
  const failing = input.sources.filter((source) => source.failedWhy !== null && source.lastCheckedAt !== null);
  if (checked.length === 0) {
    const tried = failing[0];
    return tried ? `We could not check ${tried.publisher}'s page (${tried.failedWhy}); the guide was last verified by hand.` : "Its official pages are not yet checked automatically.";
  }
  const latest = checked.reduce((a, b) => ((a.lastSuccessAt as Date) >= (b.lastSuccessAt as Date) ? a : b));
  const base = `Checked against ${latest.publisher}'s page on ${day(latest.lastSuccessAt as Date)}: no change found.`;
  const down = failing.find((source) => source !== latest);
  return down ? `${base} ${down.publisher}'s other page could not be checked (${down.failedWhy}).` : base;
}
