import "server-only";
import { z } from "zod";
import { hashToken, newToken } from "@/server/alerts/alert-tokens";
import { db } from "@/server/db/client";
import type { Subscription } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

/** Unconfirmed subscriptions older than this get nothing and are purged; the confirm link expires with them. */
export const UNCONFIRMED_TTL_MS = 24 * 60 * 60 * 1000;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case slug").max(100);

export const subscriptionRequestSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("all"), email: z.email().max(254), cadence: z.enum(["immediate", "weekly"]) }),
  z.object({ scope: z.literal("platform"), scopeSlug: slug, email: z.email().max(254), cadence: z.enum(["immediate", "weekly"]) }),
  z.object({ scope: z.literal("guide"), scopeSlug: slug, email: z.email().max(254), cadence: z.enum(["immediate", "weekly"]) }),
]);
export type SubscriptionRequest = z.infer<typeof subscriptionRequestSchema>;

/** Long enough to be unguessable (43 base64url chars), short enough to refuse junk before hashing. */
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export type CreatedSubscription = { id: string; confirmToken: string; unsubscribeToken: string };

/** An anonymous, unconfirmed subscription; the raw tokens go into the confirmation email and nowhere else. */
export async function createSubscription(input: SubscriptionRequest, now: Date = new Date()): Promise<CreatedSubscription> {
  const request = subscriptionRequestSchema.parse(input);
  const confirmToken = newToken();
  const unsubscribeToken = newToken();
  const row = await db.subscription.create({
    data: {
      email: request.email.toLowerCase(),
      scope: request.scope,
      scopeSlug: request.scope === "all" ? null : request.scopeSlug,
      cadence: request.cadence,
      confirmTokenHash: hashToken(confirmToken),
      unsubscribeTokenHash: hashToken(unsubscribeToken),
      createdAt: now,
    },
    select: { id: true },
  });
  return { id: row.id, confirmToken, unsubscribeToken };
}

const INVALID_LINK = "This confirmation link is invalid or has expired. Please subscribe again.";

/** The unconfirmed subscription a confirm token belongs to, if the token is still good (unused, under 24 hours old). */
async function findPendingByConfirmToken(token: string, now: Date): Promise<{ id: string } | undefined> {
  const cutoff = new Date(now.getTime() - UNCONFIRMED_TTL_MS);
  const row = await db.subscription.findUnique({ where: { confirmTokenHash: hashToken(token) }, select: { id: true, createdAt: true, confirmedAt: true } });
  return row && row.confirmedAt === null && row.createdAt >= cutoff ? { id: row.id } : undefined;
}

/** Read-only check for the confirm page, so a used or expired link says so before anyone presses the button. */
export async function isConfirmTokenPending(token: unknown, now: Date = new Date()): Promise<boolean> {
  const parsed = tokenSchema.safeParse(token);
  return parsed.success && (await findPendingByConfirmToken(parsed.data, now)) !== undefined;
}

/** Double opt-in. The confirm token works once, and only within 24 hours of subscribing. */
export type ConfirmedSubscription = { id: string; scope: string; scopeSlug: string | null; cadence: string };

export async function confirmSubscription(token: unknown, now: Date = new Date()): Promise<ConfirmedSubscription> {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) throw new AppError("invalid-input", INVALID_LINK);
  const row = await findPendingByConfirmToken(parsed.data, now);
  if (!row) throw new AppError("not-found", INVALID_LINK);
  // One transaction: the subscription is confirmed and, if the address already had the same one,
  // folded into it (new cadence kept), so no one gets the same alert twice.
  return db.$transaction(async (tx) => {
    // Conditional update: of two clicks racing, one confirms and the other finds the token gone.
    const { count } = await tx.subscription.updateMany({ where: { id: row.id, confirmedAt: null }, data: { confirmedAt: now, confirmTokenHash: null } });
    if (count !== 1) throw new AppError("not-found", INVALID_LINK);
    const confirmed = await tx.subscription.findUniqueOrThrow({ where: { id: row.id } });
    const existing = await tx.subscription.findFirst({
      where: { id: { not: row.id }, email: confirmed.email, scope: confirmed.scope, scopeSlug: confirmed.scopeSlug, confirmedAt: { not: null } },
      orderBy: { createdAt: "asc" },
    });
    const what = { scope: confirmed.scope, scopeSlug: confirmed.scopeSlug, cadence: confirmed.cadence };
    if (!existing) return { id: row.id, ...what };
    await tx.subscription.update({ where: { id: existing.id }, data: { cadence: confirmed.cadence, bouncedAt: null, failureCount: 0 } });
    await tx.subscription.delete({ where: { id: row.id } });
    return { id: existing.id, ...what };
  });
}

/**
 * A signed-in person's one-click subscription: their account address is already proven by the
 * sign-in link, so it is confirmed at once and tied to the account. Subscribing again to the same
 * scope changes the cadence instead of adding a second subscription.
 */
export async function subscribeAccount(user: { id: string; email: string }, input: Omit<SubscriptionRequest, "email">, now: Date = new Date()): Promise<{ id: string }> {
  const request = subscriptionRequestSchema.parse({ ...input, email: user.email });
  const email = user.email.toLowerCase();
  const scopeSlug = request.scope === "all" ? null : request.scopeSlug;
  // One transaction under a per-person lock: find-or-create, so a double click leaves one subscription.
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${user.id}))`;
    const existing = await tx.subscription.findFirst({
      where: { scope: request.scope, scopeSlug, OR: [{ userId: user.id }, { email, confirmedAt: { not: null } }] },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    if (existing) {
      await tx.subscription.update({ where: { id: existing.id }, data: { cadence: request.cadence, userId: user.id, confirmedAt: now, confirmTokenHash: null, bouncedAt: null, failureCount: 0 } });
      return existing;
    }
    return tx.subscription.create({
      data: { email, userId: user.id, scope: request.scope, scopeSlug, cadence: request.cadence, confirmedAt: now, unsubscribeTokenHash: hashToken(newToken()), createdAt: now },
      select: { id: true },
    });
  });
}

/**
 * Unsubscribe deletes the subscription (and, by cascade, its pending deliveries), so the next send
 * step finds nothing to send and no address is kept that the person asked us to forget. Idempotent:
 * an unknown or already-used token is not an error, and the answer never reveals who was subscribed.
 */
export async function unsubscribeByToken(token: unknown): Promise<void> {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) return;
  const hash = hashToken(parsed.data);
  // The token is either the one from the confirmation email or the fresh one in an alert email.
  await db.subscription.deleteMany({ where: { OR: [{ unsubscribeTokenHash: hash }, { deliveries: { some: { unsubscribeTokenHash: hash } } }] } });
}

/** Drops subscriptions nobody confirmed within 24 hours; run by the worker on a schedule. */
export async function purgeUnconfirmedSubscriptions(now: Date = new Date()): Promise<number> {
  const { count } = await db.subscription.deleteMany({ where: { confirmedAt: null, createdAt: { lt: new Date(now.getTime() - UNCONFIRMED_TTL_MS) } } });
  return count;
}

/** The change a fan-out is about; only the guide matters for matching. */
export type ChangeToMatch = { id: string; guideSlug: string };

/** Confirmed, not bounced subscriptions that want this change: all changes, its guide's platform, or its guide. */
export async function matchingSubscriptions(change: ChangeToMatch, cadence?: "immediate" | "weekly"): Promise<Subscription[]> {
  const guide = await db.guide.findUnique({ where: { slug: change.guideSlug }, select: { platform: true } });
  if (!guide) return [];
  return db.subscription.findMany({
    where: {
      confirmedAt: { not: null },
      bouncedAt: null,
      ...(cadence ? { cadence } : {}),
      OR: [{ scope: "all" }, { scope: "platform", scopeSlug: guide.platform }, { scope: "guide", scopeSlug: change.guideSlug }],
    },
    orderBy: { id: "asc" },
  });
}
