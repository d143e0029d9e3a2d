import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openMailSink, sendServerMailTo, stopSendingServerMail, type MailSink } from "@/tests/integration/mail-sink";
import { guideWithChange, unique } from "@/tests/integration/alert-fixtures";
import { expectTextAndHtmlAlike } from "@/tests/integration/mail-parts";

/**
 * In-app notifications and the needs-attention part of alert emails, against a real Postgres and
 * a real SMTP server on loopback. Server modules are imported after the catcher starts.
 */
let sink: MailSink;
let db: typeof import("@/server/db/client").db;
let notify: typeof import("@/server/notifications/notify-change");
let store: typeof import("@/server/notifications/notification-store");
let alerts: typeof import("@/server/alerts/fan-out");

beforeAll(async () => {
  sink = await openMailSink("notifications");
  sendServerMailTo(sink);
  ({ db } = await import("@/server/db/client"));
  notify = await import("@/server/notifications/notify-change");
  store = await import("@/server/notifications/notification-store");
  alerts = await import("@/server/alerts/fan-out");
});

afterAll(async () => {
  await stopSendingServerMail();
  await sink?.close();
  await db?.$disconnect();
});

const STEPS = [
  { stepId: "open-settings", title: "Open Settings" },
  { stepId: "turn-off-training", title: "Turn off AI training" },
  { stepId: "check-apps", title: "Check connected apps" },
];

/** A guide with three steps and an action-needed change dated 2026-11-01 touching the second. */
const guideWithStepChange = () => guideWithChange({ steps: STEPS, touchedStepIds: ["turn-off-training"] });

const newUser = (label: string) => db.user.create({ data: { email: `${unique(label)}@example.test` } });

async function tick(userId: string, guideSlug: string, stepId: string, at: string, done = true) {
  await db.stepProgress.create({ data: { userId, guideSlug, stepId, done, markedAt: new Date(at), doneAt: done ? new Date(at) : null } });
}

async function subscribeSignedIn(userId: string, email: string, guideSlug: string) {
  return db.subscription.create({
    data: { email, userId, scope: "guide", scopeSlug: guideSlug, cadence: "immediate", confirmedAt: new Date(), unsubscribeTokenHash: unique("hash") },
  });
}

describe("in-app notifications", () => {
  test("one per concerned person and change, however often (and however concurrently) the change is announced", async () => {
    const { guideSlug, change } = await guideWithStepChange();
    const tickedBefore = await newUser("before");
    const subscriber = await newUser("subscriber");
    const both = await newUser("both");
    const tickedAfter = await newUser("after");
    const otherStep = await newUser("other-step");
    const unticked = await newUser("unticked");
    await tick(tickedBefore.id, guideSlug, "turn-off-training", "2026-10-01T10:00:00Z");
    await subscribeSignedIn(subscriber.id, subscriber.email, guideSlug);
    await tick(both.id, guideSlug, "turn-off-training", "2026-10-31T23:59:00Z");
    await subscribeSignedIn(both.id, both.email, guideSlug);
    await tick(tickedAfter.id, guideSlug, "turn-off-training", "2026-11-01T00:00:01Z");
    await tick(otherStep.id, guideSlug, "open-settings", "2026-10-01T10:00:00Z");
    await tick(unticked.id, guideSlug, "turn-off-training", "2026-10-01T10:00:00Z", false);

    expect(await notify.notifyUsersOfChange(change.id)).toBe(3);
    expect(await notify.notifyUsersOfChange(change.id)).toBe(0);
    const again = await Promise.all([notify.notifyUsersOfChange(change.id), notify.notifyUsersOfChange(change.id)]);
    expect(again).toEqual([0, 0]);

    const rows = await db.notification.findMany({ where: { changeId: change.id }, select: { userId: true } });
    expect(rows.map((row) => row.userId).sort()).toEqual([tickedBefore.id, subscriber.id, both.id].sort());
  });

  test("an info change notifies subscribers only, not people who ticked the step", async () => {
    const { guideSlug, change } = await guideWithStepChange();
    await db.change.update({ where: { id: change.id }, data: { severity: "info" } });
    const ticked = await newUser("ticked");
    const subscriber = await newUser("subscriber");
    await tick(ticked.id, guideSlug, "turn-off-training", "2026-10-01T10:00:00Z");
    await subscribeSignedIn(subscriber.id, subscriber.email, guideSlug);
    expect(await notify.notifyUsersOfChange(change.id)).toBe(1);
    expect(await store.unreadNotificationCount(subscriber.id)).toBe(1);
    expect(await store.unreadNotificationCount(ticked.id)).toBe(0);
  });

  test("a backfilled change rings no bell and sends no alert of its own; its deliveries wait for the digest's summary", async () => {
    const { guideSlug, change } = await guideWithStepChange();
    await db.change.update({ where: { id: change.id }, data: { date: new Date("2024-03-01"), published: new Date("2026-11-20") } });
    const ticked = await newUser("ticked");
    const subscriber = await newUser("subscriber");
    await tick(ticked.id, guideSlug, "turn-off-training", "2024-01-10T10:00:00Z");
    await subscribeSignedIn(subscriber.id, subscriber.email, guideSlug);
    await alerts.announcePendingChanges();
    expect((await db.change.findUnique({ where: { id: change.id } }))?.announcedAt).not.toBeNull();
    expect(await db.notification.count({ where: { changeId: change.id } })).toBe(0);
    expect((await db.delivery.findMany({ where: { changeId: change.id } })).map((row) => row.status)).toEqual([alerts.DIGEST_STATUS.waiting]);
  });

  test("people list and mark only their own notifications", async () => {
    const { guideSlug, change } = await guideWithStepChange();
    const second = await db.change.create({ data: { ...change, id: unique("2026-11-05-renamed"), title: "Renamed", date: new Date("2026-11-05"), firstSeenAt: new Date(), announcedAt: null } });
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    await tick(alice.id, guideSlug, "turn-off-training", "2026-10-01T10:00:00Z");
    await tick(bob.id, guideSlug, "turn-off-training", "2026-10-01T10:00:00Z");
    await notify.notifyUsersOfChange(change.id);
    await db.notification.updateMany({ where: { changeId: change.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    await notify.notifyUsersOfChange(second.id);

    const alices = await store.listNotifications(alice.id);
    expect(alices.map((item) => item.change.id)).toEqual([second.id, change.id]);
    expect(alices[0]).toMatchObject({ readAt: null, guide: { slug: guideSlug }, change: { title: "Renamed" } });
    const bobs = await store.listNotifications(bob.id);
    expect(bobs.map((item) => item.id)).not.toContain(alices[0]!.id);

    // Bob cannot mark Alice's notification: not found, and hers stays unread.
    await expect(store.markNotificationRead(bob.id, alices[0]!.id)).rejects.toMatchObject({ code: "not-found" });
    expect(await store.unreadNotificationCount(alice.id)).toBe(2);
    expect(await store.markAllNotificationsRead(bob.id)).toBe(2);
    expect(await store.unreadNotificationCount(alice.id)).toBe(2);

    await store.markNotificationRead(alice.id, alices[0]!.id);
    await store.markNotificationRead(alice.id, alices[0]!.id); // twice is fine
    expect(await store.unreadNotificationCount(alice.id)).toBe(1);
    expect(await store.markAllNotificationsRead(alice.id)).toBe(1);
    expect(await store.unreadNotificationCount(alice.id)).toBe(0);
  });
});

describe("alert emails list the person's own steps that need attention", () => {
  const mailTo = (address: string) => sink.mailTo(address);

  test("a signed-in subscriber sees their changed steps; an anonymous one does not", async () => {
    const { guideSlug, change } = await guideWithStepChange();
    const member = await newUser("member");
    await tick(member.id, guideSlug, "open-settings", "2026-10-01T10:00:00Z");
    await tick(member.id, guideSlug, "turn-off-training", "2026-10-01T10:00:00Z");
    await subscribeSignedIn(member.id, member.email, guideSlug);
    const anonymous = `${unique("anon")}@example.test`;
    await db.subscription.create({
      data: { email: anonymous, scope: "guide", scopeSlug: guideSlug, cadence: "immediate", confirmedAt: new Date(), unsubscribeTokenHash: unique("hash") },
    });

    expect(await alerts.fanOutChange(change.id)).toBe(2);
    await alerts.sendPendingDeliveries({ limit: 1000 });
    const [mine] = await mailTo(member.email);
    expect(mine?.text).toContain("Your steps that need another look:\n- Turn off AI training (changed: The AI training toggle moved)");
    expect(mine?.text).not.toContain("- Open Settings");
    expect(mine?.html).toMatch(/<h2[^>]*>Your steps that need another look<\/h2><ul[^>]*><li[^>]*><strong>Turn off AI training<\/strong> \(changed: The AI training toggle moved\)<\/li><\/ul>/);
    expectTextAndHtmlAlike(mine);
    const [theirs] = await mailTo(anonymous);
    expect(theirs?.text).toContain("The AI training toggle moved");
    expect(theirs?.text).not.toContain("Your steps that need another look");
  });
});
