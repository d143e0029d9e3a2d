import { expect } from "@playwright/test";
import type pg from "pg";

export type TableSnapshot = { rows: number; checksum: string };
export type DatabaseSnapshot = Record<string, TableSnapshot>;

/**
 * Row count and an order-independent checksum of every application table (the public schema,
 * minus Prisma's migration log), so "nothing changed" can be asserted across thousands of requests.
 */
export async function snapshotDatabase(client: pg.Client): Promise<DatabaseSnapshot> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const snapshot: DatabaseSnapshot = {};
  for (const { name } of tables) {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const { rows } = await client.query<{ rows: number; checksum: string | null }>(
      `SELECT count(*)::int AS rows, md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS checksum FROM public.${quoted} t`,
    );
    snapshot[name] = { rows: rows[0]?.rows ?? 0, checksum: rows[0]?.checksum ?? "" };
  }
  return snapshot;
}

/**
 * The worker announces change entries, mails editors and sends alerts in the background (right
 * after the server starts, or after the other specs): wait until it is done and the database is
 * quiet, so the snapshot compares only what the fuzz did.
 */
export async function waitForBackgroundWork(client: pg.Client): Promise<void> {
  await expect
    .poll(async () => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Change" WHERE "announcedAt" IS NULL`)).rows[0]?.n, {
      message: "the worker has announced every change entry",
      timeout: 60_000,
    })
    .toBe(0);
  // Likewise the review-alerts job marks new review items (from the review and reports specs) as mailed to editors.
  await expect
    .poll(async () => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ReviewItem" WHERE "editorsNotifiedAt" IS NULL`)).rows[0]?.n, {
      message: "the worker has handled every new review item",
      timeout: 120_000,
    })
    .toBe(0);
  // Alert and reminder emails from the other specs are sent (and retried) in the background.
  await expect
    .poll(
      async () =>
        (
          await client.query<{ n: number }>(
            `SELECT ((SELECT count(*) FROM "Delivery" WHERE "status" IN ('pending', 'sending')) + (SELECT count(*) FROM "ReminderEmail" WHERE "status" IN ('pending', 'sending')))::int AS n`,
          )
        ).rows[0]?.n,
      { message: "the worker has sent every pending alert and reminder", timeout: 120_000 },
    )
    .toBe(0);
  // Then the database is quiet: two snapshots three seconds apart agree (for at most a minute).
  let previous = await snapshotDatabase(client);
  for (let tries = 0; tries < 20; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const current = await snapshotDatabase(client);
    if (JSON.stringify(current) === JSON.stringify(previous)) return;
    previous = current;
  }
  throw new Error("something kept writing to the database for a minute before the fuzz");
}
