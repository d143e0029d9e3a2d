import "server-only";
import { z } from "zod";
import { alertEmail } from "@/server/alerts/alert-email";
import { changesAwaitingAnnouncement, markChangeAnnounced } from "@/server/content/content-sync";
import { db } from "@/server/db/client";
import { env } from "@/server/env";
import { sendMail, type OutgoingMail } from "@/server/mail/transport";
import { notifyUsersOfChange } from "@/server/notifications/notify-change";

/** Permanent failures in a row after which an address is marked bounced and no longer tried. */
export const BOUNCE_AFTER_FAILURES = 3;
/** Transient failures after which one delivery is given up (pg-boss retries the batch with backoff until then). */
export const MAX_ATTEMPTS = 6;

const changeIdSchema = z.string().min(1).max(200);

/** Delivery statuses of weekly subscriptions: "digest" waits for the weekly job (server/alerts/digest.ts), which claims it as "digest-sending". */
export const DIGEST_STATUS = { waiting: "digest", sending: "digest-sending" } as const;

/**
 * Writes one Delivery per matching confirmed, unbounced subscription: "pending" for immediate ones
 * (sent by the send job), "digest" for weekly ones (collected by the weekly digest). A backfilled
 * change (published later than it took effect) is history, not news: it waits for the digest for
 * every subscription, where a batch of them is one summary (docs/decisions/0011-change-kinds-and-dates.md). ON CONFLICT
 * DO NOTHING on (changeId, subscriptionId) makes it safe to run again after a crash or a retry: rows
 * already written stay, missing ones are added, nothing is doubled. Returns the rows it added.
 */
export async function fanOutChange(changeId: string): Promise<number> {
  const id = changeIdSchema.parse(changeId);
  return db.$executeRaw`
    INSERT INTO "Delivery" ("id", "changeId", "subscriptionId", "status")
    SELECT gen_random_uuid()::text, c."id", s."id", CASE WHEN s."cadence" = 'weekly' OR c."published" IS NOT NULL THEN ${DIGEST_STATUS.waiting} ELSE 'pending' END
    FROM "Change" c
    JOIN "Guide" g ON g."slug" = c."guideSlug"
    JOIN "Subscription" s ON s."scope" = 'all'
      OR (s."scope" = 'platform' AND s."scopeSlug" = g."platform")
      OR (s."scope" = 'guide' AND s."scopeSlug" = c."guideSlug")
    WHERE c."id" = ${id} AND s."confirmedAt" IS NOT NULL AND s."bouncedAt" IS NULL
    ON CONFLICT ("changeId", "subscriptionId") DO NOTHING`;
}

/**
 * Fans out every change not yet announced. A change is marked announced only after its deliveries
 * are committed, so a worker killed in between leaves it unannounced and the next run completes it.
 */
export async function announcePendingChanges(): Promise<{ changes: number; deliveries: number }> {
  let changes = 0;
  let deliveries = 0;
  for (const change of await changesAwaitingAnnouncement()) {
    deliveries += await fanOutChange(change.id);
    // In-app bell, before markChangeAnnounced for the same crash-safety; not for backfilled history,
    // whose action-needed entries still flag the steps they concern on the guide and dashboard.
    if (change.published === undefined) await notifyUsersOfChange(change.id);
    if (await markChangeAnnounced(change.id)) changes += 1;
  }
  return { changes, deliveries };
}

type ClaimedDelivery = { id: string; attempts: number; subscriptionId: string };

/**
 * Claims pending deliveries (and ones whose claim lease, ALERTS_CLAIM_LEASE_SECONDS, ran out: the
 * worker holding them died) for this worker. SKIP LOCKED lets
 * several workers claim disjoint batches concurrently without waiting on each other.
 */
async function claimDeliveries(limit: number): Promise<ClaimedDelivery[]> {
  return db.$queryRaw<ClaimedDelivery[]>`
    UPDATE "Delivery" SET "status" = 'sending', "claimedAt" = now(), "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT d."id" FROM "Delivery" d
      JOIN "Subscription" s ON s."id" = d."subscriptionId"
      WHERE s."bouncedAt" IS NULL
        AND (d."status" = 'pending' OR (d."status" = 'sending' AND d."claimedAt" < now() - make_interval(secs => ${env.ALERTS_CLAIM_LEASE_SECONDS})))
      ORDER BY d."createdAt", d."id"
      LIMIT ${limit}
      FOR UPDATE OF d SKIP LOCKED)
    RETURNING "id", "attempts", "subscriptionId"`;
}

/** SMTP 5xx replies are permanent (no such mailbox, rejected); everything else may pass on a retry. */
export function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

export function errorSummary(error: unknown): string {
  // Only the SMTP reply or the error message: never the body, which holds unsubscribe tokens.
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/** Records a sent email (one delivery, or every change in a digest) and that the address works again. */
export async function recordSent(subscriptionId: string, deliveryIds: readonly string[]): Promise<void> {
  // One transaction: the deliveries are done and the address is known to work again.
  await db.$transaction([
    db.delivery.updateMany({ where: { id: { in: [...deliveryIds] } }, data: { status: "sent", sentAt: new Date(), lastError: null } }),
    db.subscription.update({ where: { id: subscriptionId }, data: { failureCount: 0 } }),
  ]);
}

/** Records a permanent SMTP failure; after BOUNCE_AFTER_FAILURES in a row the address is marked bounced. */
export async function recordPermanentFailure(subscriptionId: string, deliveryIds: readonly string[], error: unknown): Promise<void> {
  // One transaction: the failure is counted exactly when the deliveries are closed.
  await db.$transaction(async (tx) => {
    await tx.delivery.updateMany({ where: { id: { in: [...deliveryIds] } }, data: { status: "failed", lastError: errorSummary(error) } });
    const subscription = await tx.subscription.update({ where: { id: subscriptionId }, data: { failureCount: { increment: 1 } } });
    if (subscription.failureCount >= BOUNCE_AFTER_FAILURES) {
      await tx.subscription.update({ where: { id: subscription.id }, data: { bouncedAt: new Date() } });
      // A bounced address is no longer tried: close what is still queued for it.
      await tx.delivery.updateMany({ where: { subscriptionId: subscription.id, status: { in: ["pending", DIGEST_STATUS.waiting] } }, data: { status: "failed", lastError: "address bounced" } });
    }
  });
}

async function releaseForRetry(delivery: ClaimedDelivery, error: unknown): Promise<void> {
  const status = delivery.attempts >= MAX_ATTEMPTS ? "failed" : "pending";
  await db.delivery.update({ where: { id: delivery.id }, data: { status, claimedAt: null, lastError: errorSummary(error) } });
}

export type SendResult = { sent: number; permanentFailures: number; transientFailures: number };
export type SendFunction = (mail: OutgoingMail) => Promise<unknown>;

/**
 * Sends claimed deliveries one by one and records each outcome right after the SMTP reply, which
 * keeps the window where a crash could cause a second send to one message. Transient failures go
 * back to pending; the caller (a pg-boss job) throws so pg-boss retries it with backoff.
 */
export async function sendPendingDeliveries(options: { limit?: number; send?: SendFunction } = {}): Promise<SendResult> {
  const { limit = 100, send = sendMail } = options;
  const result: SendResult = { sent: 0, permanentFailures: 0, transientFailures: 0 };
  for (const delivery of await claimDeliveries(limit)) {
    const mail = await alertEmail(delivery.id);
    if (!mail) continue; // unsubscribed meanwhile: the cascade removed the row
    try {
      await send(mail);
    } catch (error) {
      if (isPermanent(error)) {
        await recordPermanentFailure(delivery.subscriptionId, [delivery.id], error);
        result.permanentFailures += 1;
      } else {
        await releaseForRetry(delivery, error);
        result.transientFailures += 1;
      }
      continue;
    }
    await recordSent(delivery.subscriptionId, [delivery.id]);
    result.sent += 1;
  }
  return result;
}
