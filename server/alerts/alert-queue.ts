import "server-only";
import { PgBoss } from "pg-boss";
import { sendWeeklyDigests } from "@/server/alerts/digest";
import { announcePendingChanges, sendPendingDeliveries, type SendFunction } from "@/server/alerts/fan-out";
import { purgeUnconfirmedSubscriptions } from "@/server/alerts/subscriptions";
import { requireDatabaseUrl } from "@/server/env";
import { pruneEndedWindows, pruneRateLimits } from "@/server/rate-limit/rate-limit";
import { REPORTS_PER_CLIENT } from "@/server/reader-reports/file-reader-report";
import { purgeExpiredSignInTokens } from "@/server/auth/sign-in-tokens";

/** Queue names (docs/decisions/0007-job-queue.md). */
export const QUEUES = { announce: "alerts-announce", send: "alerts-send", digest: "alerts-digest", purge: "alerts-purge" } as const;

/** Mondays at 08:00 UTC: the weekly digest of the changes fanned out to weekly subscriptions since the last one. */
export const WEEKLY_DIGEST_CRON = "0 8 * * 1";

/** Thrown so pg-boss retries the send job with backoff while some deliveries failed transiently. */
export class TransientSendFailure extends Error {}

export function createBoss(connectionString: string = requireDatabaseUrl()): PgBoss {
  return new PgBoss({ connectionString, schema: "pgboss" });
}

/**
 * Registers the alert queues and their handlers on a started boss. Every handler is idempotent
 * (delivery rows are unique, claims are leased), so pg-boss's at-least-once delivery is safe.
 */
export async function registerAlertWorkers(boss: PgBoss, options: { send?: SendFunction; batchSize?: number } = {}): Promise<void> {
  await boss.createQueue(QUEUES.announce, { retryLimit: 10, retryDelay: 5, retryBackoff: true });
  // Backoff from 10 s up to 10 min: a flaky SMTP relay gets time to recover before the next attempt.
  await boss.createQueue(QUEUES.send, { retryLimit: 8, retryDelay: 10, retryBackoff: true, retryDelayMax: 600 });
  await boss.createQueue(QUEUES.digest, { retryLimit: 8, retryDelay: 60, retryBackoff: true, retryDelayMax: 3600 });
  await boss.createQueue(QUEUES.purge, { retryLimit: 2 });

  await boss.work(QUEUES.announce, async () => {
    const { deliveries } = await announcePendingChanges();
    if (deliveries > 0) await boss.send(QUEUES.send, {});
  });
  await boss.work(QUEUES.send, async () => {
    // Drain in batches; one job keeps going until nothing is claimable.
    for (;;) {
      const result = await sendPendingDeliveries({ limit: options.batchSize ?? 100, send: options.send });
      if (result.transientFailures > 0) throw new TransientSendFailure(`${result.transientFailures} deliveries failed transiently`);
      if (result.sent + result.permanentFailures === 0) return;
    }
  });
  await boss.work(QUEUES.digest, async () => {
    const result = await sendWeeklyDigests({ send: options.send });
    if (result.transientFailures > 0) throw new TransientSendFailure("a weekly digest failed transiently");
  });
  await boss.work(QUEUES.purge, async () => {
    await purgeUnconfirmedSubscriptions();
    await pruneRateLimits();
    // Anonymous reader reports: their per-client counters go within the hour after their window ends.
    await pruneEndedWindows(REPORTS_PER_CLIENT);
    await purgeExpiredSignInTokens();
  });
}

/** Cron schedules: announce and send catch up every minute (content sync may run while no worker is up). */
export async function scheduleAlertJobs(boss: PgBoss): Promise<void> {
  await boss.schedule(QUEUES.announce, "* * * * *");
  await boss.schedule(QUEUES.send, "* * * * *");
  await boss.schedule(QUEUES.digest, WEEKLY_DIGEST_CRON);
  await boss.schedule(QUEUES.purge, "17 * * * *");
}
