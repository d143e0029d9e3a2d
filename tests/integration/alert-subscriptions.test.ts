import { afterAll, describe, expect, test } from "vitest";
import { hashToken } from "@/server/alerts/alert-tokens";
import {
  confirmSubscription,
  createSubscription,
  matchingSubscriptions,
  purgeUnconfirmedSubscriptions,
  unsubscribeByToken,
} from "@/server/alerts/subscriptions";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { guideWithChange, unique } from "@/tests/integration/alert-fixtures";

afterAll(() => db.$disconnect());

const email = () => `${unique("reader")}@example.test`;

async function confirmed(input: Parameters<typeof createSubscription>[0]) {
  const created = await createSubscription(input);
  await confirmSubscription(created.confirmToken);
  return created;
}

describe("subscriptions (real Postgres)", () => {
  test("stores only token hashes and confirms once by token", async () => {
    const created = await createSubscription({ scope: "all", email: "Ada@Example.test", cadence: "immediate" });
    expect(created.confirmToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.subscription.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ email: "ada@example.test", confirmedAt: null, confirmTokenHash: hashToken(created.confirmToken), unsubscribeTokenHash: hashToken(created.unsubscribeToken) });
    expect(JSON.stringify(row)).not.toContain(created.confirmToken);

    await confirmSubscription(created.confirmToken);
    expect((await db.subscription.findUniqueOrThrow({ where: { id: created.id } })).confirmedAt).toBeInstanceOf(Date);
    // The link works once.
    await expect(confirmSubscription(created.confirmToken)).rejects.toMatchObject({ code: "not-found" });
    await db.subscription.delete({ where: { id: created.id } });
  });

  test("an invalid or expired confirm token is an AppError, not a crash", async () => {
    await expect(confirmSubscription("nope")).rejects.toBeInstanceOf(AppError);
    await expect(confirmSubscription("x".repeat(43))).rejects.toMatchObject({ code: "not-found" });
    const old = await createSubscription({ scope: "all", email: email(), cadence: "weekly" }, new Date(Date.now() - 25 * 60 * 60 * 1000));
    await expect(confirmSubscription(old.confirmToken)).rejects.toMatchObject({ code: "not-found", status: 404 });
    await db.subscription.delete({ where: { id: old.id } });
  });

  test("matches by scope: all, the change's platform, the change's guide; only confirmed and not bounced", async () => {
    const { guideSlug, platform, change } = await guideWithChange();
    const other = await guideWithChange();
    const all = await confirmed({ scope: "all", email: email(), cadence: "immediate" });
    const byPlatform = await confirmed({ scope: "platform", scopeSlug: platform, email: email(), cadence: "immediate" });
    const byGuide = await confirmed({ scope: "guide", scopeSlug: guideSlug, email: email(), cadence: "weekly" });
    const otherGuide = await confirmed({ scope: "guide", scopeSlug: other.guideSlug, email: email(), cadence: "immediate" });
    const otherPlatform = await confirmed({ scope: "platform", scopeSlug: other.platform, email: email(), cadence: "immediate" });
    const unconfirmed = await createSubscription({ scope: "guide", scopeSlug: guideSlug, email: email(), cadence: "immediate" });
    const bounced = await confirmed({ scope: "guide", scopeSlug: guideSlug, email: email(), cadence: "immediate" });
    await db.subscription.update({ where: { id: bounced.id }, data: { bouncedAt: new Date() } });

    const ids = (await matchingSubscriptions(change)).map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([all.id, byPlatform.id, byGuide.id]));
    for (const excluded of [otherGuide, otherPlatform, unconfirmed, bounced]) expect(ids).not.toContain(excluded.id);
    expect((await matchingSubscriptions(change, "weekly")).map((s) => s.id)).toContain(byGuide.id);
    expect((await matchingSubscriptions(change, "weekly")).map((s) => s.id)).not.toContain(byPlatform.id);
    // "all" subscriptions would match other test files' changes.
    await db.subscription.delete({ where: { id: all.id } });
  });

  test("unsubscribe by token is idempotent and reveals nothing", async () => {
    const created = await confirmed({ scope: "all", email: email(), cadence: "immediate" });
    await unsubscribeByToken(created.unsubscribeToken);
    expect(await db.subscription.findUnique({ where: { id: created.id } })).toBeNull();
    await expect(unsubscribeByToken(created.unsubscribeToken)).resolves.toBeUndefined();
    await expect(unsubscribeByToken("garbage")).resolves.toBeUndefined();
  });

  test("purges unconfirmed subscriptions older than 24 hours, and only those", async () => {
    const now = Date.now();
    const stale = await createSubscription({ scope: "all", email: email(), cadence: "immediate" }, new Date(now - 25 * 60 * 60 * 1000));
    const fresh = await createSubscription({ scope: "all", email: email(), cadence: "immediate" }, new Date(now - 23 * 60 * 60 * 1000));
    const oldConfirmed = await createSubscription({ scope: "all", email: email(), cadence: "immediate" }, new Date(now - 60 * 60 * 1000));
    await confirmSubscription(oldConfirmed.confirmToken);
    await db.subscription.update({ where: { id: oldConfirmed.id }, data: { createdAt: new Date(now - 48 * 60 * 60 * 1000) } });

    expect(await purgeUnconfirmedSubscriptions()).toBeGreaterThanOrEqual(1);
    expect(await db.subscription.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db.subscription.findUnique({ where: { id: fresh.id } })).not.toBeNull();
    expect(await db.subscription.findUnique({ where: { id: oldConfirmed.id } })).not.toBeNull();
    await db.subscription.deleteMany({ where: { id: { in: [fresh.id, oldConfirmed.id] } } });
  });
});
