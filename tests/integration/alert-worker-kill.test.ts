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
 * The real worker (npm run worker), killed with SIGKILL in the middle of sending one change to
 * many subscribers, then restarted. It runs on a database of its own, because the worker announces
 * every unannounced change and would otherwise take other test files' changes.
 */
const SUBSCRIBERS = 60;
let database: TestDatabase;
let client: pg.Client;
let catcher: MailCatcher;
let dir: string;

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  await applyMigrations(database.url);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  dir = await mkdtemp(path.join(tmpdir(), "offswitch-kill-"));
  catcher = await startMailCatcher({ port: 0, dir, maxMessages: 10_000 });
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

const captured = async () => (await listCapturedMail({ dir, limit: 10_000 })).flatMap((message) => message.to);

test("SIGKILL mid-send and restart: nobody is skipped, and at most the one in-flight message is sent twice", async () => {
  await client.query(`INSERT INTO "Guide" (slug, title, platform, "lastVerified", "syncedAt") VALUES ('g', 'Guide', 'p', '2026-10-30', now())`);
  await client.query(
    `INSERT INTO "Change" (id, "guideSlug", date, kind, severity, title, summary, "touchesAllSteps", "stepIds") VALUES ('2026-11-01-c', 'g', '2026-11-01', 'setting-moved', 'action-needed', 'Moved', 'It moved.', true, '{}')`,
  );
  await client.query(
    `INSERT INTO "Subscription" (id, email, scope, cadence, "confirmedAt", "unsubscribeTokenHash")
     SELECT 's' || n, 'reader' || n || '@example.test', 'all', 'immediate', now(), 'hash' || n FROM generate_series(1, ${SUBSCRIBERS}) n`,
  );

  const first = startWorker();
  await vi.waitFor(async () => expect((await captured()).length).toBeGreaterThanOrEqual(10), { timeout: 30_000, interval: 20 });
  first.kill("SIGKILL");
  await new Promise((resolve) => first.once("exit", resolve));
  const beforeRestart = (await captured()).length;
  expect(beforeRestart).toBeLessThan(SUBSCRIBERS);

  // Let the dead worker's claim lease (1 s here) run out, so the restarted worker's first drain
  // takes its in-flight deliveries instead of waiting for the next cron tick.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const second = startWorker();
  try {
    await vi.waitFor(
      async () => {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Delivery" WHERE status = 'sent'`);
        expect(rows[0].n).toBe(SUBSCRIBERS);
      },
      { timeout: 60_000, interval: 200 },
    );
  } finally {
    second.kill("SIGTERM");
    await new Promise((resolve) => second.once("exit", resolve));
  }
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
