import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { openMailSink, sendServerMailTo, stopSendingServerMail, type MailSink } from "@/tests/integration/mail-sink";
import { unique } from "@/tests/integration/alert-fixtures";
import { expectTextAndHtmlAlike } from "@/tests/integration/mail-parts";

/** Re-check reminders against a real Postgres and a real SMTP server on loopback. */
let sink: MailSink;
let db: typeof import("@/server/db/client").db;
let sending: typeof import("@/server/reminders/reminder-sending");
let service: typeof import("@/server/reminders/reminder-stop");
let queue: typeof import("@/server/reminders/reminder-queue");
let boss: typeof import("@/server/alerts/alert-queue");

beforeAll(async () => {
  sink = await openMailSink("reminders");
  sendServerMailTo(sink);
  ({ db } = await import("@/server/db/client"));
  sending = await import("@/server/reminders/reminder-sending");
  service = await import("@/server/reminders/reminder-stop");
  queue = await import("@/server/reminders/reminder-queue");
  boss = await import("@/server/alerts/alert-queue");
});

afterAll(async () => {
  await stopSendingServerMail();
  await sink?.close();
  await db?.$disconnect();
});

const mailTo = (address: string) => sink.mailTo(address);

async function personWithReminder(intervalMonths: number, nextDueAt: Date) {
  const user = await db.user.create({ data: { email: `${unique("reminded")}@example.test` } });
  const reminder = await db.reminder.create({ data: { userId: user.id, intervalMonths, nextDueAt } });
  return { user, reminder };
}

describe("re-check reminders", () => {
  test("a due reminder sends exactly one email however often the job runs, and is rescheduled by its interval", async () => {
    const now = new Date("2027-03-01T09:30:00Z");
    const { user, reminder } = await personWithReminder(3, new Date("2027-03-01T09:00:00Z"));
    const notYet = await personWithReminder(6, new Date("2027-03-01T10:00:00Z"));

    const runs = await Promise.all([sending.queueDueReminders(now), sending.queueDueReminders(now)]);
    expect(runs.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1);
    await sending.queueDueReminders(now);
    expect(await db.reminderEmail.count({ where: { reminderId: reminder.id } })).toBe(1);
    expect(await db.reminderEmail.count({ where: { reminderId: notYet.reminder.id } })).toBe(0);
    expect((await db.reminder.findUniqueOrThrow({ where: { id: reminder.id } })).nextDueAt.toISOString()).toBe("2027-06-01T09:00:00.000Z");

    expect((await sending.sendPendingReminderEmails()).sent).toBeGreaterThanOrEqual(1);
    expect((await sending.sendPendingReminderEmails()).sent).toBe(0);
    const messages = await mailTo(user.email);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.subject).toBe("Time to review your privacy settings");
    expect(messages[0]?.text).toContain("every 3 months");
    expect(messages[0]?.text).toContain("https://offswitch.example/dashboard");
    expect(messages[0]?.html).toContain('href="https://offswitch.example/guides"');
    expectTextAndHtmlAlike(messages[0]);
    expect(messages[0]?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(await mailTo(notYet.user.email)).toHaveLength(0);
  });

  test("a reminder overdue by more than its interval is rescheduled from now, with one email", async () => {
    const now = new Date("2027-12-15T08:00:00Z");
    const { reminder } = await personWithReminder(3, new Date("2027-01-31T08:00:00Z"));
    await sending.queueDueReminders(now);
    await sending.queueDueReminders(now);
    expect(await db.reminderEmail.count({ where: { reminderId: reminder.id } })).toBe(1);
    expect((await db.reminder.findUniqueOrThrow({ where: { id: reminder.id } })).nextDueAt.toISOString()).toBe("2028-03-15T08:00:00.000Z");
  });

  test("the stop link in the email deletes the reminder and its queued emails, without signing in", async () => {
    const now = new Date("2027-04-01T00:00:00Z");
    const { user, reminder } = await personWithReminder(12, new Date("2027-03-31T00:00:00Z"));
    await sending.queueDueReminders(now);
    await sending.sendPendingReminderEmails({ limit: 1000 });
    const [message] = await mailTo(user.email);
    const header = message?.headers["list-unsubscribe"] ?? "";
    const oneClick = /^<https:\/\/offswitch\.example\/api\/reminders\/stop\?token=([A-Za-z0-9_-]{43})>$/.exec(header);
    expect(oneClick).not.toBeNull();
    expect(message?.text).toContain(`https://offswitch.example/reminders/stop?token=${oneClick?.[1]}`);

    await service.stopRemindersByToken("not-a-token");
    await service.stopRemindersByToken("A".repeat(43));
    expect(await db.reminder.count({ where: { id: reminder.id } })).toBe(1);
    await service.stopRemindersByToken(oneClick?.[1]);
    expect(await db.reminder.count({ where: { id: reminder.id } })).toBe(0);
    expect(await db.reminderEmail.count({ where: { reminderId: reminder.id } })).toBe(0);
  });

  test("a transient SMTP failure is retried later without a second email", async () => {
    const now = new Date("2027-05-01T00:00:00Z");
    const { user, reminder } = await personWithReminder(6, new Date("2027-04-30T00:00:00Z"));
    await sending.queueDueReminders(now);
    const busy = Object.assign(new Error("421 Try again later"), { responseCode: 421 });
    expect((await sending.sendPendingReminderEmails({ send: () => Promise.reject(busy) })).transientFailures).toBeGreaterThanOrEqual(1);
    expect(await db.reminderEmail.findFirstOrThrow({ where: { reminderId: reminder.id } })).toMatchObject({ status: "pending", attempts: 1 });
    await sending.sendPendingReminderEmails({ limit: 1000 });
    expect(await db.reminderEmail.findFirstOrThrow({ where: { reminderId: reminder.id } })).toMatchObject({ status: "sent", attempts: 2 });
    expect(await mailTo(user.email)).toHaveLength(1);
  });

  test("through pg-boss: the reminder job queues and sends what is due", async () => {
    const { user } = await personWithReminder(3, new Date(Date.now() - 60_000));
    const worker = boss.createBoss(process.env.DATABASE_URL);
    await worker.start();
    try {
      await queue.startReminderJobs(worker);
      await vi.waitFor(async () => expect(await mailTo(user.email)).toHaveLength(1), { timeout: 20_000, interval: 250 });
    } finally {
      await worker.stop({ graceful: true, timeout: 5_000 });
    }
  });
});
