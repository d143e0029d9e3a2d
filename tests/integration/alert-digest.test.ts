import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openMailSink, sendServerMailTo, stopSendingServerMail, type MailSink } from "@/tests/integration/mail-sink";
import { confirmedSubscription, guideWithChange, unique } from "@/tests/integration/alert-fixtures";
import { expectTextAndHtmlAlike } from "@/tests/integration/mail-parts";

/** The weekly digest against a real Postgres and a real SMTP server on loopback (the mail catcher). */
let sink: MailSink;
let fanOut: typeof import("@/server/alerts/fan-out");
let digest: typeof import("@/server/alerts/digest");
let subscriptions: typeof import("@/server/alerts/subscriptions");
let db: typeof import("@/server/db/client").db;

beforeAll(async () => {
  sink = await openMailSink("digest");
  sendServerMailTo(sink);
  fanOut = await import("@/server/alerts/fan-out");
  digest = await import("@/server/alerts/digest");
  subscriptions = await import("@/server/alerts/subscriptions");
  ({ db } = await import("@/server/db/client"));
});

afterAll(async () => {
  await stopSendingServerMail();
  await sink?.close();
  await db?.$disconnect();
});

/** A second change on the same guide, a few days after the first. */
async function secondChange(guideSlug: string) {
  return db.change.create({
    data: { id: unique("2026-11-04-renamed"), guideSlug, date: new Date("2026-11-04"), kind: "setting-renamed", severity: "info", title: "The toggle was renamed", summary: "It is now called Data for AI.", touchesAllSteps: true, stepIds: [] },
  });
}

const mailTo = (address: string) => sink.mailTo(address);

describe("weekly digest (real Postgres, real SMTP)", () => {
  test("two changes in a week: one email with both, unsubscribe headers that work; a second run sends nothing", async () => {
    const { guideSlug, platform, change } = await guideWithChange();
    const weekly = await confirmedSubscription({ scope: "platform", scopeSlug: platform, cadence: "weekly" });
    const immediate = await confirmedSubscription({ scope: "platform", scopeSlug: platform, cadence: "immediate" });
    const later = await secondChange(guideSlug);
    expect(await fanOut.fanOutChange(change.id)).toBe(2);
    expect(await fanOut.fanOutChange(later.id)).toBe(2);

    // The immediate send leaves the weekly subscription's changes for the digest.
    await fanOut.sendPendingDeliveries();
    expect(await mailTo(immediate.email)).toHaveLength(2);
    expect(await mailTo(weekly.email)).toHaveLength(0);

    expect((await digest.sendWeeklyDigests()).sent).toBeGreaterThanOrEqual(1);
    const [message, ...others] = await mailTo(weekly.email);
    expect(others).toHaveLength(0);
    expect(message?.subject).toBe("Your weekly OffSwitch digest: 2 settings changes");
    expectTextAndHtmlAlike(message);
    for (const body of [message?.text ?? "", String(message?.html ?? "")]) {
      expect(body).toContain(change.title);
      expect(body).toContain(later.title);
      expect(body).toContain(`https://offswitch.example/guides/${guideSlug}`);
    }
    expect(message?.text?.indexOf(change.title)).toBeLessThan(message?.text?.indexOf(later.title) ?? 0);
    expect(message?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const token = /^<https:\/\/offswitch\.example\/api\/alerts\/unsubscribe\?token=([A-Za-z0-9_-]{43})>$/.exec(message?.headers["list-unsubscribe"] ?? "")?.[1];
    expect(token).toBeDefined();
    const rows = await db.delivery.findMany({ where: { subscriptionId: weekly.id } });
    expect(rows.map((row) => row.status)).toEqual(["sent", "sent"]);

    // Run again (a retried job, a second worker): nothing more.
    await digest.sendWeeklyDigests();
    expect(await mailTo(weekly.email)).toHaveLength(1);

    await subscriptions.unsubscribeByToken(token);
    expect(await db.subscription.findUnique({ where: { id: weekly.id } })).toBeNull();
  });

  test("backfilled history: no email of its own, even for immediate subscribers, no bell; the digest sums it up in one paragraph", async () => {
    const { guideSlug, platform, change } = await guideWithChange();
    const immediate = await confirmedSubscription({ scope: "platform", scopeSlug: platform, cadence: "immediate" });
    const weekly = await confirmedSubscription({ scope: "platform", scopeSlug: platform, cadence: "weekly" });
    // The guide's own change is news; three more are history written down on 2026-11-20.
    const history = await Promise.all(
      ["2024-02-01", "2024-06-01", "2025-01-15"].map((day, index) =>
        db.change.create({
          data: {
            id: unique(`${day}-backfilled`),
            guideSlug,
            date: new Date(day),
            published: new Date("2026-11-20"),
            kind: "default-changed",
            severity: index === 0 ? "action-needed" : "info",
            title: `Backfilled change ${index}`,
            summary: "Something that happened long ago.",
            touchesAllSteps: true,
            stepIds: [],
          },
        }),
      ),
    );
    for (const each of [change, ...history]) expect(await fanOut.fanOutChange(each.id)).toBe(2);

    await fanOut.sendPendingDeliveries();
    const alerts = await mailTo(immediate.email);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.subject).toContain(change.title);

    await digest.sendWeeklyDigests();
    const forImmediate = await mailTo(immediate.email);
    expect(forImmediate).toHaveLength(2);
    const immediateDigest = forImmediate.find((mail) => mail.subject !== alerts[0]?.subject);
    expect(immediateDigest?.subject).toBe("OffSwitch: 3 earlier changes added to the history of the guides you follow");
    expect(immediateDigest?.text).toContain(`https://offswitch.example/changes/guide/${guideSlug}`);
    expect(immediateDigest?.text).toContain("One of them may mean checking again a step you had done");
    for (const each of history) expect(immediateDigest?.text).not.toContain(each.title);

    const [weeklyDigest, ...moreForWeekly] = await mailTo(weekly.email);
    expect(moreForWeekly).toHaveLength(0);
    expect(weeklyDigest?.subject).toBe("Your weekly OffSwitch digest: 1 settings change");
    for (const body of [weeklyDigest?.text ?? "", String(weeklyDigest?.html ?? "")]) {
      expect(body).toContain(change.title);
      expect(body).toContain("3 earlier changes added to the history of the guides you follow");
      expect(body).not.toContain(history[1]?.title);
    }
  });

  test("a digest claimed by a worker that died is sent once its lease runs out, not before", async () => {
    const { platform, change } = await guideWithChange();
    const weekly = await confirmedSubscription({ scope: "platform", scopeSlug: platform, cadence: "weekly" });
    await fanOut.fanOutChange(change.id);
    await db.delivery.updateMany({ where: { subscriptionId: weekly.id }, data: { status: fanOut.DIGEST_STATUS.sending, claimedAt: new Date() } });
    await digest.sendWeeklyDigests();
    expect(await mailTo(weekly.email)).toHaveLength(0);
    await db.delivery.updateMany({ where: { subscriptionId: weekly.id }, data: { claimedAt: new Date(Date.now() - 60 * 60 * 1000) } });
    await digest.sendWeeklyDigests();
    expect(await mailTo(weekly.email)).toHaveLength(1);
  });

  test("a transient SMTP failure puts the digest back for a retry; a permanent one closes it", async () => {
    const { platform, change } = await guideWithChange();
    const weekly = await confirmedSubscription({ scope: "platform", scopeSlug: platform, cadence: "weekly" });
    await fanOut.fanOutChange(change.id);
    const transient = await digest.sendWeeklyDigests({ send: () => Promise.reject(Object.assign(new Error("421 try later"), { responseCode: 421 })) });
    expect(transient.transientFailures).toBe(1);
    expect(await db.delivery.findFirstOrThrow({ where: { subscriptionId: weekly.id } })).toMatchObject({ status: fanOut.DIGEST_STATUS.waiting, attempts: 1 });

    const permanent = await digest.sendWeeklyDigests({ send: () => Promise.reject(Object.assign(new Error("550 no such mailbox"), { responseCode: 550 })) });
    expect(permanent.permanentFailures).toBeGreaterThanOrEqual(1);
    expect(await db.delivery.findFirstOrThrow({ where: { subscriptionId: weekly.id } })).toMatchObject({ status: "failed" });
    expect((await db.subscription.findUniqueOrThrow({ where: { id: weekly.id } })).failureCount).toBe(1);
  });
});
