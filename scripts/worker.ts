/**
 * `npm run worker`: the alerts worker. Announces new change entries (fan-out into Delivery rows),
 * sends them over SMTP with retries, sends the weekly digest, purges unconfirmed subscriptions and
 * watches the guides' official sources, all through pg-boss
 * queues in the app's Postgres. Safe to kill at any point: see server/alerts/fan-out.ts.
 */
import { createBoss, QUEUES, registerAlertWorkers, scheduleAlertJobs } from "@/server/alerts/alert-queue";
import { db } from "@/server/db/client";
import { closeMailTransport } from "@/server/mail/transport";
import { startReminderJobs } from "@/server/reminders/reminder-queue";
import { REVIEW_ALERTS_QUEUE, startReviewAlertJobs } from "@/server/review/review-alert-queue";
import { SOURCES_QUEUE, startSourceWatcher } from "@/server/sources/source-queue";

const boss = createBoss();
boss.on("error", (error) => console.error(`worker: ${error.message}`));
await boss.start();
await registerAlertWorkers(boss);
await scheduleAlertJobs(boss);
await startReminderJobs(boss);
// Editors who opted in hear about new review items (docs/decisions/0015-verifications-and-editor-audit-log.md).
await startReviewAlertJobs(boss);
// The source watcher (docs/decisions/0012-source-fetch-policy.md): one cycle per interval, with jitter.
const watching = await startSourceWatcher(boss);
// Do not wait a minute for the first cron tick after a (re)start.
await boss.send(QUEUES.announce, {});
await boss.send(QUEUES.send, {});
console.log(`worker: running (${[...Object.values(QUEUES), REVIEW_ALERTS_QUEUE, ...(watching ? [SOURCES_QUEUE] : [])].join(", ")})`);

async function shutdown(): Promise<void> {
  await boss.stop({ graceful: true, timeout: 10_000 });
  closeMailTransport();
  await db.$disconnect();
  process.exit(0);
}
process.once("SIGINT", () => void shutdown());
process.once("SIGTERM", () => void shutdown());
// Started by `npm start` with an IPC channel: when the launcher dies, even by SIGKILL, the channel closes and so does the worker.
if (process.connected) process.once("disconnect", () => void shutdown());
