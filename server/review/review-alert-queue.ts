import "server-only";
import type { PgBoss } from "pg-boss";
import { notifyEditorsOfNewFlags } from "@/server/review/review-alert-mail";

/** Emails opted-in editors about new review items (docs/decisions/0015-verifications-and-editor-audit-log.md). */
export const REVIEW_ALERTS_QUEUE = "review-alerts";

/**
 * Registers the job and its one-minute schedule. "stately" keeps one run queued and one running across
 * workers; a failed send retries with backoff and nothing is marked notified until mail went out.
 */
export async function startReviewAlertJobs(boss: PgBoss): Promise<void> {
  await boss.createQueue(REVIEW_ALERTS_QUEUE, { retryLimit: 8, retryDelay: 30, retryBackoff: true, retryDelayMax: 1800, policy: "stately" });
  await boss.work(REVIEW_ALERTS_QUEUE, async () => {
    const { items, sent } = await notifyEditorsOfNewFlags();
    if (items > 0) console.log(`worker: ${items} new review items, ${sent} editor emails`);
  });
  await boss.schedule(REVIEW_ALERTS_QUEUE, "* * * * *");
  await boss.send(REVIEW_ALERTS_QUEUE, {});
}
