import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { expect, vi } from "vitest";
import { applyMigrations } from "@/server/db/migrate";
import type { MailSink } from "@/tests/integration/mail-sink";
import { createTestDatabase } from "@/tests/integration/test-database";

/**
 * For tests that run the real alert worker (npm run worker) as a child process: a database of its
 * own, the worker pointed at a mail sink, and the rows one fan-out needs.
 */

/**
 * A migrated database of its own with a connected client: the worker announces every unannounced
 * change, so sharing the run's database would let it take other test files' changes.
 */
export async function openWorkerDatabase(adminDatabaseUrl: string): Promise<{ url: string; client: pg.Client; close(): Promise<void> }> {
  const database = await createTestDatabase(adminDatabaseUrl);
  await applyMigrations(database.url);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return {
    url: database.url,
    client,
    async close() {
      await client.end();
      await database.drop();
    },
  };
}

export function startWorker({ databaseUrl, sink, env = {} }: { databaseUrl: string; sink: MailSink; env?: Record<string, string> }): ChildProcess {
  // node --import tsx, not the tsx CLI: the CLI runs the script in a grandchild that SIGKILL would miss.
  return spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_URL: "", MAIL_CATCHER_SMTP_PORT: String(sink.port), SITE_URL: "https://offswitch.example", ...env },
    stdio: "ignore",
  });
}

/** Sends `signal` unless the worker has already exited, and waits for it to exit. */
export async function stopWorker(worker: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = new Promise((resolve) => worker.once("exit", resolve));
  worker.kill(signal);
  await exited;
}

/**
 * A guide `<prefix>g` on platform `<prefix>p` and `subscribers` confirmed, immediate "all changes"
 * subscriptions, addressed `<prefix>reader<n>@example.test`.
 */
export async function seedGuideAndSubscribers(client: pg.Client, { prefix = "", subscribers }: { prefix?: string; subscribers: number }): Promise<{ guideSlug: string }> {
  const guideSlug = `${prefix}g`;
  await client.query(`INSERT INTO "Guide" (slug, title, platform, "lastVerified", "syncedAt") VALUES ($1, 'Guide', $2, '2026-10-30', now())`, [guideSlug, `${prefix}p`]);
  await client.query(
    `INSERT INTO "Subscription" (id, email, scope, cadence, "confirmedAt", "unsubscribeTokenHash")
     SELECT $1 || 's' || n, $1 || 'reader' || n || '@example.test', 'all', 'immediate', now(), $1 || 'hash' || n FROM generate_series(1, $2::int) n`,
    [prefix, subscribers],
  );
  return { guideSlug };
}

/** An action-needed change touching every step of the guide: the worker announces it and fans it out. */
export async function publishChange(client: pg.Client, { id, guideSlug, date }: { id: string; guideSlug: string; date: string }): Promise<void> {
  await client.query(
    `INSERT INTO "Change" (id, "guideSlug", date, kind, severity, title, summary, "touchesAllSteps", "stepIds") VALUES ($1, $2, $3, 'setting-moved', 'action-needed', 'Moved', 'It moved.', true, '{}')`,
    [id, guideSlug, date],
  );
}

export async function countSentDeliveries(client: pg.Client, changeId?: string): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Delivery" WHERE status = 'sent' AND ($1::text IS NULL OR "changeId" = $1)`, [changeId ?? null]);
  return rows[0]?.n ?? 0;
}

/** Waits until `expected` deliveries are sent, then stops the worker with SIGTERM (also when waiting failed). */
export async function drainWithWorker(worker: ChildProcess, client: pg.Client, expected: number, timeoutMs: number): Promise<void> {
  try {
    await vi.waitFor(async () => expect(await countSentDeliveries(client)).toBe(expected), { timeout: timeoutMs, interval: 250 });
  } finally {
    await stopWorker(worker, "SIGTERM");
  }
}
