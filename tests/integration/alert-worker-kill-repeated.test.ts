import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, inject, test, vi } from "vitest";
import { applyMigrations } from "@/server/db/migrate";
import { listCapturedMail } from "@/server/mail/captured-mail";
import { startMailCatcher, type MailCatcher } from "@/scripts/mail-catcher.mjs";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-database";

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
let database: TestDatabase;
let client: pg.Client;
let catcher: MailCatcher;
let dir: string;

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  await applyMigrations(database.url);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  dir = await mkdtemp(path.join(tmpdir(), "offswitch-kills-"));
  catcher = await startMailCatcher({ port: 0, dir, maxMessages: 100_000 });
}, 60_000);

afterAll(async () => {
  await client?.end();
  await catcher?.close();
  await rm(dir, { recursive: true, force: true });
  await database?.drop();
});

function startWorker(): ChildProcess {
  // node --import tsx, not the tsx CLI: the CLI runs the script in a grandchild that SIGKILL would miss.
  return spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: database.url, SMTP_URL: "", MAIL_CATCHER_SMTP_PORT: String(catcher.port), SITE_URL: "https://offswitch.example", ALERTS_CLAIM_LEASE_SECONDS: "1" },
    stdio: "ignore",
  });
}

const captured = () => listCapturedMail({ dir, limit: 100_000 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function kill(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = new Promise((resolve) => worker.once("exit", resolve));
  worker.kill("SIGKILL");
  await exited;
}

test(`SIGKILL ${KILLS} times during one fan-out: one delivery per subscriber, nobody missed, at most one message resent per kill`, async () => {
  await client.query(`INSERT INTO "Guide" (slug, title, platform, "lastVerified", "syncedAt") VALUES ('g', 'Guide', 'p', '2026-10-30', now())`);
  await client.query(
    `INSERT INTO "Change" (id, "guideSlug", date, kind, severity, title, summary, "touchesAllSteps", "stepIds") VALUES ('2026-11-01-c', 'g', '2026-11-01', 'setting-moved', 'action-needed', 'Moved', 'It moved.', true, '{}')`,
  );
  await client.query(
    `INSERT INTO "Subscription" (id, email, scope, cadence, "confirmedAt", "unsubscribeTokenHash")
     SELECT 's' || n, 'reader' || n || '@example.test', 'all', 'immediate', now(), 'hash' || n FROM generate_series(1, ${SUBSCRIBERS}) n`,
  );

  let killsWhileSending = 0;
  for (let round = 0; round < KILLS; round += 1) {
    const before = (await captured()).length;
    const worker = startWorker();
    if (round % 2 === 0) {
      // Anywhere from start-up through the announce into the first sends.
      await sleep(300 + Math.random() * 2500);
    } else {
      // Right in the middle of sending: after a few more messages were accepted.
      const more = 1 + Math.floor(Math.random() * 5);
      await vi.waitFor(async () => expect((await captured()).length).toBeGreaterThanOrEqual(before + more), { timeout: 90_000, interval: 10 });
      killsWhileSending += 1;
    }
    await kill(worker);
    // The dead worker's claims expire after the 1 s lease, so the next one retakes them at once.
    await sleep(1_100);
  }
  const { rows: midway } = await client.query(`SELECT count(*)::int AS n FROM "Delivery" WHERE status = 'sent'`);
  expect(midway[0].n).toBeLessThan(SUBSCRIBERS); // the kills really landed in the middle of the fan-out
  expect(killsWhileSending).toBe(Math.floor(KILLS / 2));

  const last = startWorker();
  try {
    await vi.waitFor(
      async () => {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Delivery" WHERE status = 'sent'`);
        expect(rows[0].n).toBe(SUBSCRIBERS);
      },
      { timeout: 120_000, interval: 250 },
    );
  } finally {
    last.kill("SIGTERM");
    await new Promise((resolve) => last.once("exit", resolve));
  }

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
