import "server-only";
import type { PgBoss } from "pg-boss";
import { queueDueReminders, sendPendingReminderEmails } from "@/server/reminders/reminder-sending";

/** The re-check reminder queue, beside the alert queues (docs/decisions/0007-job-queue.md). */
export const REMINDER_QUEUE = "reminders-send";

export class TransientReminderFailure extends Error {}

/**
 * Registers the reminder job and its schedule on a started boss. The job is idempotent: due
 * dates become unique ReminderEmail rows and sends are claimed with a lease, so pg-boss's
 * at-least-once delivery and two workers running it at once are both safe.
 */
export async function startReminderJobs(boss: PgBoss, options: { batchSize?: number } = {}): Promise<void> {
  await boss.createQueue(REMINDER_QUEUE, { retryLimit: 8, retryDelay: 10, retryBackoff: true, retryDelayMax: 600 });
  await boss.work(REMINDER_QUEUE, async () => {
    await queueDueReminders();
    for (;;) {
      const result = await sendPendingReminderEmails({ limit: options.batchSize ?? 100 });
      if (result.transientFailures > 0) throw new TransientReminderFailure(`${result.transientFailures} reminder emails failed transiently`);
      if (result.sent + result.failed === 0) return;
    }
  });
  await boss.schedule(REMINDER_QUEUE, "*/10 * * * *");
  // Do not wait for the first cron tick after a (re)start.
  await boss.send(REMINDER_QUEUE, {});
}
