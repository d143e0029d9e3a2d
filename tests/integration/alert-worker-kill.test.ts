import { afterAll, beforeAll, expect, inject, test, vi } from "vitest";
import { openMailSink, type MailSink } from "@/tests/integration/mail-sink";
import { drainWithWorker, openWorkerDatabase, publishChange, seedGuideAndSubscribers, startWorker, stopWorker } from "@/tests/integration/worker-harness";

/**
 * The real worker (npm run worker), killed with SIGKILL in the middle of sending one change to
 * many subscribers, then restarted. It runs on a database of its own, because the worker announces
 * every unannounced change and would otherwise take other test files' changes.
 */
const SUBSCRIBERS = 60;
let database: Awaited<ReturnType<typeof openWorkerDatabase>>;
let sink: MailSink;

beforeAll(async () => {
  database = await openWorkerDatabase(inject("adminDatabaseUrl"));
  // 100 ms a message, as a real server might take: the kill must land while sending is under way.
  sink = await openMailSink("kill", { maxMessages: 10_000, replyDelayMs: 100 });
}, 60_000);

afterAll(async () => {
  await sink?.close();
  await database?.close();
});

const launchWorker = () => startWorker({ databaseUrl: database.url, sink, env: { ALERTS_CLAIM_LEASE_SECONDS: "1" } });
const captured = async () => (await sink.captured()).flatMap((message) => message.to);

test("SIGKILL mid-send and restart: nobody is skipped, and at most the one in-flight message is sent twice", async () => {
  const { client } = database;
  const { guideSlug } = await seedGuideAndSubscribers(client, { subscribers: SUBSCRIBERS });
  await publishChange(client, { id: "2026-11-01-c", guideSlug, date: "2026-11-01" });

  const first = launchWorker();
  await vi.waitFor(async () => expect((await captured()).length).toBeGreaterThanOrEqual(10), { timeout: 30_000, interval: 20 });
  await stopWorker(first, "SIGKILL");
  const beforeRestart = (await captured()).length;
  expect(beforeRestart).toBeLessThan(SUBSCRIBERS);

  // Let the dead worker's claim lease (1 s here) run out, so the restarted worker's first drain
  // takes its in-flight deliveries instead of waiting for the next cron tick.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await drainWithWorker(launchWorker(), client, SUBSCRIBERS, 60_000);
  const recipients = await captured();
  const counts = new Map<string, number>();
  for (const to of recipients) counts.set(to, (counts.get(to) ?? 0) + 1);
  expect(counts.size).toBe(SUBSCRIBERS); // zero missing
  // SMTP acceptance and the database commit cannot be one transaction: a kill between them can
  // resend that single message, and nothing else.
  expect(recipients.length - SUBSCRIBERS).toBeLessThanOrEqual(1);
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Delivery"`);
  expect(rows[0].n).toBe(SUBSCRIBERS);
}, 120_000);
