import { afterAll, beforeAll, expect, inject, test, vi } from "vitest";
import { openMailSink, type MailSink } from "@/tests/integration/mail-sink";
import { countSentDeliveries, drainWithWorker, openWorkerDatabase, publishChange, seedGuideAndSubscribers, startWorker, stopWorker } from "@/tests/integration/worker-harness";

/**
 * The real worker killed with SIGKILL 20 times (ALERT_KILLS) in the middle of one fan-out, at
 * random moments: while it starts, announces or sends. The SMTP sink on loopback (the mail
 * catcher) records every message it accepts with its Message-ID. Afterwards nobody is missing,
 * there is exactly one Delivery row per subscriber, all sent, and the only extra messages are the
 * ones in flight at a kill: SMTP acceptance and the database commit cannot be one transaction, so
 * a kill between them can resend that one message (at most one per kill), and nothing else.
 */
const KILLS = Number(process.env.ALERT_KILLS ?? 20);
const SUBSCRIBERS = 300;
let database: Awaited<ReturnType<typeof openWorkerDatabase>>;
let sink: MailSink;

beforeAll(async () => {
  database = await openWorkerDatabase(inject("adminDatabaseUrl"));
  // 100 ms a message, as a real server might take: the 20 kills must land while sending is under way.
  sink = await openMailSink("kills", { replyDelayMs: 100 });
}, 60_000);

afterAll(async () => {
  await sink?.close();
  await database?.close();
});

const launchWorker = () => startWorker({ databaseUrl: database.url, sink, env: { ALERTS_CLAIM_LEASE_SECONDS: "1" } });
const captured = () => sink.captured();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test(`SIGKILL ${KILLS} times during one fan-out: one delivery per subscriber, nobody missed, at most one message resent per kill`, async () => {
  const { client } = database;
  const { guideSlug } = await seedGuideAndSubscribers(client, { subscribers: SUBSCRIBERS });
  await publishChange(client, { id: "2026-11-01-c", guideSlug, date: "2026-11-01" });

  let killsWhileSending = 0;
  for (let round = 0; round < KILLS; round += 1) {
    const before = (await captured()).length;
    const worker = launchWorker();
    if (round % 2 === 0) {
      // Anywhere from start-up through the announce into the first sends.
      await sleep(300 + Math.random() * 2500);
    } else {
      // Right in the middle of sending: after a few more messages were accepted.
      const more = 1 + Math.floor(Math.random() * 5);
      await vi.waitFor(async () => expect((await captured()).length).toBeGreaterThanOrEqual(before + more), { timeout: 90_000, interval: 10 });
      killsWhileSending += 1;
    }
    await stopWorker(worker, "SIGKILL");
    // The dead worker's claims expire after the 1 s lease, so the next one retakes them at once.
    await sleep(1_100);
  }
  expect(await countSentDeliveries(client)).toBeLessThan(SUBSCRIBERS); // the kills really landed in the middle of the fan-out
  expect(killsWhileSending).toBe(Math.floor(KILLS / 2));

  await drainWithWorker(launchWorker(), client, SUBSCRIBERS, 120_000);

  const messages = await captured();
  const messageIdsByRecipient = new Map<string, Set<string>>();
  for (const message of messages) {
    const messageId = message.headers["message-id"];
    expect(messageId).toBeTruthy();
    for (const to of message.to) messageIdsByRecipient.set(to, (messageIdsByRecipient.get(to) ?? new Set()).add(messageId as string));
  }
  expect(messageIdsByRecipient.size).toBe(SUBSCRIBERS); // nobody missing
  // Each kill can interrupt at most one message between the SMTP reply and the commit (the same
  // delivery can be that message at two kills in a row: it is first in line after a restart).
  const extra = messages.length - SUBSCRIBERS;
  expect(extra).toBeLessThanOrEqual(KILLS);
  // A copy sent again after a kill carries the delivery's own Message-ID, so every person has
  // exactly one distinct alert: mail systems drop the copy as the same message.
  const resent = [...messageIdsByRecipient].filter(([, ids]) => ids.size > 1);
  expect(resent).toEqual([]);
  const { rows } = await client.query(`SELECT count(*)::int AS n, count(DISTINCT "subscriptionId")::int AS subscribers, count(*) FILTER (WHERE status = 'sent')::int AS sent FROM "Delivery"`);
  expect(rows[0]).toEqual({ n: SUBSCRIBERS, subscribers: SUBSCRIBERS, sent: SUBSCRIBERS });
  console.log(`kills: ${KILLS}; ${messages.length} messages accepted for ${SUBSCRIBERS} subscribers; ${extra} copies resent after a kill in flight, each with its delivery's Message-ID`);
}, 600_000);
