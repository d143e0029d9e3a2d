import { z } from "zod";

/** The review intervals a person can pick: the usual advice is "every few months". */
export const REMINDER_INTERVALS = [3, 6, 12] as const;
export type ReminderInterval = (typeof REMINDER_INTERVALS)[number];

/** "3", "6" or "12" from a form or a query string, or the number itself. */
export const reminderIntervalSchema = z.coerce
  .number({ error: "choose 3, 6 or 12 months" })
  .pipe(z.union([z.literal(3), z.literal(6), z.literal(12)], { error: "choose 3, 6 or 12 months" }));

/**
 * `months` calendar months after `from`, in UTC, clamped to the month's last day (31 January + 1
 * month = 28 or 29 February), the same rule as Postgres's `timestamptz + interval 'n months'`.
 */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  target.setUTCHours(from.getUTCHours(), from.getUTCMinutes(), from.getUTCSeconds(), from.getUTCMilliseconds());
  return target;
}

/** YYYY-MM-DD of a date in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
