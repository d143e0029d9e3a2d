import "server-only";
import { z } from "zod";
import { hashToken, newToken } from "@/server/alerts/alert-tokens";
import { db } from "@/server/db/client";
import type { Subscription } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { consumeRateLimit, type RateLimitRule } from "@/server/rate-limit/rate-limit";

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

const SUBSCRIBE_PER_EMAIL: RateLimitRule = { name: "alerts-subscribe-email", limit: 5, windowSeconds: 60 * 60 };
const SUBSCRIBE_PER_IP: RateLimitRule = { name: "alerts-subscribe-ip", limit: 30, windowSeconds: 15 * 60 };

/**
 * The subscribe endpoint's service: rate-limited per address and per client, so the form cannot
 * be used to flood someone's inbox with confirmation mail.
 */
export async function requestSubscription(input: unknown, clientIp: string): Promise<CreatedSubscription> {
  const parsed = subscriptionRequestSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid-input", "Please check the email address and what you want alerts about.", {
      details: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    });
  }
  await consumeRateLimit(SUBSCRIBE_PER_IP, clientIp);
  await consumeRateLimit(SUBSCRIBE_PER_EMAIL, parsed.data.email);
  return createSubscription(parsed.data);
}

const INVALID_LINK = "This confirmation link is invalid or has expired. Please subscribe again.";

/** Double opt-in. The confirm token works once, and only within 24 hours of subscribing. */
export async function confirmSubscription(token: unknown, now: Date = new Date()): Promise<{ id: string }> {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) throw new AppError("invalid-input", INVALID_LINK);
  const cutoff = new Date(now.getTime() - UNCONFIRMED_TTL_MS);
  const row = await db.subscription.findUnique({ where: { confirmTokenHash: hashToken(parsed.data) }, select: { id: true, createdAt: true } });
  if (!row || row.createdAt < cutoff) throw new AppError("not-found", INVALID_LINK);
  // Conditional update: of two clicks racing, one confirms and the other finds the token gone.
  const { count } = await db.subscription.updateMany({ where: { id: row.id, confirmedAt: null }, data: { confirmedAt: now, confirmTokenHash: null } });
  if (count !== 1) throw new AppError("not-found", INVALID_LINK);
  return { id: row.id };
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
