/** A guide not verified against the platform for this many days may describe a setting that moved. */
export const FRESHNESS_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first day (YYYY-MM-DD, UTC) on which a guide verified on `lastVerified` counts as possibly out of date. */
export function staleFrom(lastVerified: string): string {
  return new Date(Date.parse(`${lastVerified}T00:00:00Z`) + FRESHNESS_DAYS * DAY_MS).toISOString().slice(0, 10);
}

/** True when `lastVerified` is more than FRESHNESS_DAYS before `now` (UTC calendar days). */
export function mayBeOutOfDate(lastVerified: string, now: Date): boolean {
  return now.toISOString().slice(0, 10) >= staleFrom(lastVerified);
}

