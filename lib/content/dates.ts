/** The latest offset on Earth: a date is only "in the future" once it has not begun anywhere yet. */
const LATEST_TIMEZONE_OFFSET_MS = 14 * 60 * 60 * 1000;

/** True when `isoDate` (YYYY-MM-DD) is later than today's date in the latest timezone (UTC+14). */
export function isAfterLatestTimezoneToday(isoDate: string, now: Date): boolean {
  const latestToday = new Date(now.getTime() + LATEST_TIMEZONE_OFFSET_MS).toISOString().slice(0, 10);
  return isoDate > latestToday;
}

/** Formats YYYY-MM-DD for people, in English, without depending on the reader's timezone. */
export function formatCalendarDate(isoDate: string): string {
  return new Intl.DateTimeFormat("en", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}
