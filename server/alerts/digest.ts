import "server-only";
import { digestEmail } from "@/server/alerts/digest-email";
import { DIGEST_STATUS, errorSummary, isPermanent, MAX_ATTEMPTS, recordPermanentFailure, recordSent, type SendFunction, type SendResult } from "@/server/alerts/fan-out";
import { db } from "@/server/db/client";
import { env } from "@/server/env";
import { sendMail } from "@/server/mail/transport";

type ClaimedDigest = { subscriptionId: string; deliveryIds: string[]; attempts: number };

/**
 * Claims every waiting digest delivery of one subscription (and ones whose claim lease ran out:
 * the worker holding them died). The subscription row is locked for the statement (SKIP LOCKED),
 * so concurrent workers take different subscriptions and never split one person's digest.
 */
async function claimNextDigest(): Promise<ClaimedDigest | undefined> {
  const rows = await db.$queryRaw<{ id: string; subscriptionId: string; attempts: number }[]>`
    UPDATE "Delivery" SET "status" = ${DIGEST_STATUS.sending}, "claimedAt" = now(), "attempts" = "attempts" + 1
    WHERE "subscriptionId" = (
        SELECT s."id" FROM "Subscription" s
        WHERE s."bouncedAt" IS NULL AND EXISTS (
          SELECT 1 FROM "Delivery" d WHERE d."subscriptionId" = s."id" AND (d."status" = ${DIGEST_STATUS.waiting}
            OR (d."status" = ${DIGEST_STATUS.sending} AND d."claimedAt" < now() - make_interval(secs => ${env.ALERTS_CLAIM_LEASE_SECONDS}))))
        ORDER BY s."id"
        LIMIT 1
        FOR NO KEY UPDATE OF s SKIP LOCKED)
      AND ("status" = ${DIGEST_STATUS.waiting} OR ("status" = ${DIGEST_STATUS.sending} AND "claimedAt" < now() - make_interval(secs => ${env.ALERTS_CLAIM_LEASE_SECONDS})))
    RETURNING "id", "subscriptionId", "attempts"`;
  const first = rows[0];
  if (!first) return undefined;
  return { subscriptionId: first.subscriptionId, deliveryIds: rows.map((row) => row.id), attempts: Math.max(...rows.map((row) => row.attempts)) };
}

async function releaseForRetry(digest: ClaimedDigest, error: unknown): Promise<void> {
  const status = digest.attempts >= MAX_ATTEMPTS ? "failed" : DIGEST_STATUS.waiting;
  await db.delivery.updateMany({ where: { id: { in: digest.deliveryIds } }, data: { status, claimedAt: null, lastError: errorSummary(error) } });
}

/**
 * The weekly job: one email per weekly subscription with every change fanned out to it since the
 * last digest. Effectively once, like single alerts: deliveries are claimed with a lease and marked
 * sent right after the SMTP reply. A transient failure stops the run (the caller throws so pg-boss
 * retries with backoff) rather than hammering a relay that is down.
 */
export async function sendWeeklyDigests(options: { send?: SendFunction; maxEmails?: number } = {}): Promise<SendResult> {
  const { send = sendMail, maxEmails = 10_000 } = options;
  const result: SendResult = { sent: 0, permanentFailures: 0, transientFailures: 0 };
  while (result.sent + result.permanentFailures < maxEmails) {
    const digest = await claimNextDigest();
    if (!digest) break;
    const mail = await digestEmail(digest.subscriptionId, digest.deliveryIds);
    if (!mail) continue; // unsubscribed meanwhile: the cascade removed the rows
    try {
      await send(mail);
    } catch (error) {
      if (isPermanent(error)) {
        await recordPermanentFailure(digest.subscriptionId, digest.deliveryIds, error);
        result.permanentFailures += 1;
        continue;
      }
      await releaseForRetry(digest, error);
      result.transientFailures += 1;
      break;
    }
    await recordSent(digest.subscriptionId, digest.deliveryIds);
    result.sent += 1;
  }
  return result;
}
