/** More marks than this in one request is refused; the browser outbox sends in batches of this size. */
export const MAX_MARKS_PER_REQUEST = 200;

/** A tick is stamped by the person's clock; allow some drift, but nothing from the future or the distant past. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
export const EARLIEST_MARK = Date.UTC(2024, 0, 1);

export function markTimeProblem(at: string, now: number): string | undefined {
  const time = Date.parse(at);
  if (time > now + MAX_CLOCK_SKEW_MS) return `${at} is in the future`;
  if (time < EARLIEST_MARK) return `${at} is before OffSwitch existed`;
  return undefined;
}
