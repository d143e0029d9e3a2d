import "server-only";
import { addMonths, type ReminderInterval } from "@/lib/reminders/reminder-schedule";
import { currentUser, requireUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";

export type MyReminder = { intervalMonths: number; nextDueAt: Date };

/** Authorization lives here: the user id always comes from the session, never from the request. */
export async function myReminder(): Promise<MyReminder | null> {
  const user = await currentUser();
  if (!user) return null;
  return db.reminder.findUnique({ where: { userId: user.id }, select: { intervalMonths: true, nextDueAt: true } });
}

/**
 * Opts in (or changes the interval: the next reminder is then one new interval from now) or, with
 * "off", opts out. Opting out deletes the reminder and, by cascade, its queued emails.
 */
export async function setMyReminder(interval: ReminderInterval | "off", now: Date = new Date()): Promise<MyReminder | null> {
  const user = await requireUser();
  if (interval === "off") {
    await db.reminder.deleteMany({ where: { userId: user.id } });
    return null;
  }
  const nextDueAt = addMonths(now, interval);
  return db.reminder.upsert({
    where: { userId: user.id },
    create: { userId: user.id, intervalMonths: interval, nextDueAt },
    update: { intervalMonths: interval, nextDueAt },
    select: { intervalMonths: true, nextDueAt: true },
  });
}
