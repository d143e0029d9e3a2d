import "server-only";
import { randomUUID } from "node:crypto";
import { recurringReminderCalendar } from "@/lib/reminders/ics";
import { addMonths, isoDay, type ReminderInterval } from "@/lib/reminders/reminder-schedule";
import { env } from "@/server/env";

/**
 * The downloadable .ics for "review my privacy settings every N months": anyone may have it (no
 * account, nothing stored), so the first occurrence is simply N months from today.
 */
export function reminderCalendar(interval: ReminderInterval, now: Date = new Date()): { filename: string; body: string } {
  const guides = new URL("/guides", env.SITE_URL).toString();
  const body = recurringReminderCalendar({
    uid: `${randomUUID()}@${new URL(env.SITE_URL).hostname}`,
    stamp: now,
    firstDay: isoDay(addMonths(now, interval)),
    intervalMonths: interval,
    summary: "Review your privacy settings",
    description: `Platforms keep adding and changing privacy settings. Take a few minutes to check yours with OffSwitch: ${guides}`,
    url: guides,
  });
  return { filename: `offswitch-privacy-review-every-${interval}-months.ics`, body };
}
