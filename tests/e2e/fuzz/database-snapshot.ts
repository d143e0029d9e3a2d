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
 * The worker announces change entries in the background (right after the server starts, when the
 * fuzz runs alone with --no-deps): wait until it has, so the snapshot compares only what the fuzz did.
 */
export async function waitForAnnouncements(client: pg.Client): Promise<void> {
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
}
