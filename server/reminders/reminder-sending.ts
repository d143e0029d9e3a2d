import "server-only";
import { emailHtml } from "@/lib/mail/email-html";
import { hashToken, newToken } from "@/server/alerts/alert-tokens";
import { db } from "@/server/db/client";
import { env } from "@/server/env";
import { sendMail, stableMessageId, type OutgoingMail } from "@/server/mail/transport";

/** Transient failures after which one reminder email is given up. */
export const MAX_REMINDER_ATTEMPTS = 6;

/**
 * Writes one pending ReminderEmail per due reminder and moves each reminder's next due date on by
 * its interval, in one statement. The unique (reminderId, dueAt) row makes a due date send
 * effectively once even if two workers or a retried job run this at the same moment. A reminder
 * overdue by more than an interval (no worker ran for months) is rescheduled from now, not
 * repeatedly in the past. Dates are added in UTC, like lib/reminders/reminder-schedule.ts.
 */
export async function queueDueReminders(now: Date = new Date()): Promise<number> {
  return db.$executeRaw`
    WITH due AS (
      SELECT "id", "nextDueAt",
        (("nextDueAt" AT TIME ZONE 'UTC') + make_interval(months => "intervalMonths")) AT TIME ZONE 'UTC' AS "afterDue",
        ((${now}::timestamptz AT TIME ZONE 'UTC') + make_interval(months => "intervalMonths")) AT TIME ZONE 'UTC' AS "afterNow"
      FROM "Reminder"
      WHERE "nextDueAt" <= ${now}::timestamptz
      FOR UPDATE SKIP LOCKED
    ), queued AS (
      INSERT INTO "ReminderEmail" ("id", "reminderId", "dueAt")
      SELECT gen_random_uuid()::text, due."id", due."nextDueAt" FROM due
      ON CONFLICT ("reminderId", "dueAt") DO NOTHING
    )
    UPDATE "Reminder" r
    SET "nextDueAt" = CASE WHEN due."afterDue" > ${now}::timestamptz THEN due."afterDue" ELSE due."afterNow" END
    FROM due WHERE r."id" = due."id"`;
}

type ClaimedReminderEmail = { id: string; attempts: number };

/** Claims pending reminder emails, and ones whose claim lease ran out (their worker died). */
async function claimReminderEmails(limit: number): Promise<ClaimedReminderEmail[]> {
  return db.$queryRaw<ClaimedReminderEmail[]>`
    UPDATE "ReminderEmail" SET "status" = 'sending', "claimedAt" = now(), "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "ReminderEmail"
      WHERE "status" = 'pending' OR ("status" = 'sending' AND "claimedAt" < now() - make_interval(secs => ${env.ALERTS_CLAIM_LEASE_SECONDS}))
      ORDER BY "createdAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "attempts"`;
}

const site = (path: string) => new URL(path, env.SITE_URL).toString();

/** The stop link's page, which asks before stopping (mail scanners follow links). */
export function reminderStopPageUrl(token: string): string {
  return site(`/reminders/stop?token=${encodeURIComponent(token)}`);
}

/** The RFC 8058 one-click endpoint: a POST stops the reminders without signing in. */
export function reminderStopUrl(token: string): string {
  return site(`/api/reminders/stop?token=${encodeURIComponent(token)}`);
}

/** The email for one claimed row, with a fresh stop token whose hash is stored on the row; null when the reminder is gone. */
export async function reminderEmail(reminderEmailId: string): Promise<OutgoingMail | null> {
  const token = newToken();
  const row = await db.reminderEmail
    .update({
      where: { id: reminderEmailId },
      data: { stopTokenHash: hashToken(token) },
      select: { reminder: { select: { intervalMonths: true, user: { select: { email: true } } } } },
    })
    // Only "no such row" (stopped meanwhile) means skip; anything else must fail the job.
    .catch((error: unknown) => {
      if ((error as { code?: unknown }).code === "P2025") return null;
      throw error;
    });
  if (!row) return null;
  const months = row.reminder.intervalMonths;
  const dashboard = site("/dashboard");
  const guides = site("/guides");
  const stopPage = reminderStopPageUrl(token);
  const why = "Platforms keep adding and changing privacy settings, so a regular review keeps them the way you chose.";
  const text = [
    "Time to review your privacy settings",
    "",
    `You asked OffSwitch to remind you every ${months} months. ${why}`,
    "",
    `Your checklists: ${dashboard}`,
    `All guides: ${guides}`,
    "",
    `Stop these reminders: ${stopPage}`,
    "",
  ].join("\n");
  const html = emailHtml({
    title: "Time to review your privacy settings",
    blocks: [
      { kind: "heading", text: "Time to review your privacy settings" },
      { kind: "paragraph", content: [`You asked OffSwitch to remind you every ${months} months. ${why}`] },
      { kind: "button", link: dashboard, text: "Your checklists" },
      { kind: "paragraph", content: [{ link: guides, text: "All guides" }] },
      { kind: "note", content: [{ link: stopPage, text: "Stop these reminders" }] },
    ],
  });
  const oneClick = reminderStopUrl(token);
  return {
    to: row.reminder.user.email,
    subject: "Time to review your privacy settings",
    text,
    html,
    headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    messageId: stableMessageId(`reminder.${reminderEmailId}`),
  };
}

export type ReminderSendResult = { sent: number; failed: number; transientFailures: number };

/** SMTP 5xx replies are permanent; everything else may pass on a retry. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

const errorSummary = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Sends claimed reminder emails one by one, recording each outcome right after the SMTP reply.
 * Transient failures go back to pending; the pg-boss job then throws so it is retried with backoff.
 */
export async function sendPendingReminderEmails(options: { limit?: number; send?: (mail: OutgoingMail) => Promise<unknown> } = {}): Promise<ReminderSendResult> {
  const { limit = 100, send = sendMail } = options;
  const result: ReminderSendResult = { sent: 0, failed: 0, transientFailures: 0 };
  for (const claimed of await claimReminderEmails(limit)) {
    const mail = await reminderEmail(claimed.id);
    if (!mail) continue;
    try {
      await send(mail);
    } catch (error) {
      const giveUp = isPermanent(error) || claimed.attempts >= MAX_REMINDER_ATTEMPTS;
      await db.reminderEmail.update({ where: { id: claimed.id }, data: { status: giveUp ? "failed" : "pending", claimedAt: null, lastError: errorSummary(error) } });
      if (giveUp) result.failed += 1;
      else result.transientFailures += 1;
      continue;
    }
    await db.reminderEmail.update({ where: { id: claimed.id }, data: { status: "sent", sentAt: new Date(), lastError: null } });
    result.sent += 1;
  }
  return result;
}
