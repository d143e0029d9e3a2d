import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { openMailSink, sendServerMailTo, stopSendingServerMail, type MailSink } from "@/tests/integration/mail-sink";
import { confirmedSubscription, guideWithChange, unique } from "@/tests/integration/alert-fixtures";
import { expectTextAndHtmlAlike } from "@/tests/integration/mail-parts";

/**
 * Fan-out and sending against a real Postgres and a real SMTP server on loopback (the mail
 * catcher). Server modules are imported after the catcher starts: env is parsed on import.
 */
let sink: MailSink;
let alerts: typeof import("@/server/alerts/fan-out");
let subscriptions: typeof import("@/server/alerts/subscriptions");
let queue: typeof import("@/server/alerts/alert-queue");
let db: typeof import("@/server/db/client").db;

beforeAll(async () => {
  sink = await openMailSink("alerts");
  sendServerMailTo(sink);
  alerts = await import("@/server/alerts/fan-out");
  subscriptions = await import("@/server/alerts/subscriptions");
  queue = await import("@/server/alerts/alert-queue");
  ({ db } = await import("@/server/db/client"));
});

afterAll(async () => {
  await stopSendingServerMail();
  await sink?.close();
  await db?.$disconnect();
});

async function subscribers(guideSlug: string, count: number) {
  const made = [];
  for (let i = 0; i < count; i += 1) made.push(await confirmedSubscription({ scope: "guide", scopeSlug: guideSlug, cadence: "immediate" }));
  return made;
}

const mailTo = (address: string) => sink.mailTo(address);

describe("alert fan-out (real Postgres, real SMTP)", () => {
  test("fan-out twice and send twice: one delivery row and one email per subscriber", async () => {
    const { guideSlug, change } = await guideWithChange();
    const subs = await subscribers(guideSlug, 3);
    expect(await alerts.fanOutChange(change.id)).toBe(3);
    expect(await alerts.fanOutChange(change.id)).toBe(0);
    expect((await alerts.sendPendingDeliveries()).sent).toBeGreaterThanOrEqual(3);
    expect((await alerts.sendPendingDeliveries()).sent).toBe(0);
    expect(await alerts.fanOutChange(change.id)).toBe(0);

    const emails = await db.subscription.findMany({ where: { id: { in: subs.map((s) => s.id) } }, select: { email: true } });
    for (const { email } of emails) expect(await mailTo(email)).toHaveLength(1);
    expect(await db.delivery.count({ where: { changeId: change.id, status: "sent" } })).toBe(3);
  });

  test("the email has text, HTML, a guide link and RFC 8058 unsubscribe headers that work", async () => {
    const { guideSlug, change } = await guideWithChange();
    const [sub] = await subscribers(guideSlug, 1);
    await alerts.fanOutChange(change.id);
    await alerts.sendPendingDeliveries();
    const { email } = await db.subscription.findUniqueOrThrow({ where: { id: sub!.id } });
    const [message] = await mailTo(email);
    expect(message?.subject).toBe("Settings changed: The AI training toggle moved");
    expect(message?.text).toContain(`https://offswitch.example/guides/${guideSlug}`);
    expect(message?.html).toContain(`href="https://offswitch.example/guides/${guideSlug}"`);
    expectTextAndHtmlAlike(message);
    expect(message?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const header = message?.headers["list-unsubscribe"] ?? "";
    const match = /^<(https:\/\/offswitch\.example\/api\/alerts\/unsubscribe\?token=([A-Za-z0-9_-]{43}))>$/.exec(header);
    expect(match).not.toBeNull();
    // The token in the email is not the one from the confirmation email, and it unsubscribes this subscription.
    expect(match?.[2]).not.toBe(sub!.unsubscribeToken);
    await subscriptions.unsubscribeByToken(match?.[2]);
    expect(await db.subscription.findUnique({ where: { id: sub!.id } })).toBeNull();
  });

  test("a transient SMTP failure is retried without duplicating; unsubscribing before the retry sends nothing", async () => {
    const { guideSlug, change } = await guideWithChange();
    const [kept, leaving] = await subscribers(guideSlug, 2);
    await alerts.fanOutChange(change.id);
    const busy = Object.assign(new Error("421 Try again later"), { responseCode: 421 });
    const failed = await alerts.sendPendingDeliveries({ send: () => Promise.reject(busy) });
    expect(failed).toMatchObject({ sent: 0, transientFailures: 2 });
    await subscriptions.unsubscribeByToken(leaving!.unsubscribeToken);

    expect((await alerts.sendPendingDeliveries()).sent).toBe(1);
    expect((await alerts.sendPendingDeliveries()).sent).toBe(0);
    const delivery = await db.delivery.findFirstOrThrow({ where: { changeId: change.id } });
    expect(delivery).toMatchObject({ subscriptionId: kept!.id, status: "sent", attempts: 2 });
    const { email } = await db.subscription.findUniqueOrThrow({ where: { id: kept!.id } });
    expect(await mailTo(email)).toHaveLength(1);
  });

  test("permanent failures are counted and the address is marked bounced after N", async () => {
    const { guideSlug } = await guideWithChange();
    const [sub] = await subscribers(guideSlug, 1);
    const rejected = Object.assign(new Error("550 No such user"), { responseCode: 550 });
    for (let i = 0; i < alerts.BOUNCE_AFTER_FAILURES; i += 1) {
      const change = await db.change.create({
        data: { id: unique("2026-11-02-x"), guideSlug, date: new Date("2026-11-02"), kind: "new-setting", severity: "info", title: "New", summary: "New.", touchesAllSteps: true, stepIds: [] },
      });
      expect(await alerts.fanOutChange(change.id)).toBe(1);
      expect(await alerts.sendPendingDeliveries({ send: () => Promise.reject(rejected) })).toMatchObject({ permanentFailures: 1 });
    }
    const row = await db.subscription.findUniqueOrThrow({ where: { id: sub!.id } });
    expect(row.failureCount).toBe(alerts.BOUNCE_AFTER_FAILURES);
    expect(row.bouncedAt).toBeInstanceOf(Date);
    const { change } = await guideWithChange();
    await db.change.update({ where: { id: change.id }, data: { guideSlug } });
    expect(await alerts.fanOutChange(change.id)).toBe(0);
  });

  test("through pg-boss: the send job drains pending deliveries exactly once", async () => {
    const { guideSlug, change } = await guideWithChange();
    const subs = await subscribers(guideSlug, 4);
    await alerts.fanOutChange(change.id);
    const boss = queue.createBoss(process.env.DATABASE_URL);
    await boss.start();
    try {
      await queue.registerAlertWorkers(boss, { batchSize: 2 });
      await Promise.all([boss.send(queue.QUEUES.send, {}), boss.send(queue.QUEUES.send, {})]);
      await vi.waitFor(async () => expect(await db.delivery.count({ where: { changeId: change.id, status: "sent" } })).toBe(4), { timeout: 20_000, interval: 200 });
    } finally {
      await boss.stop({ graceful: true, timeout: 5_000 });
    }
    const emails = await db.subscription.findMany({ where: { id: { in: subs.map((s) => s.id) } }, select: { email: true } });
    for (const { email } of emails) expect(await mailTo(email)).toHaveLength(1);
  });
});
