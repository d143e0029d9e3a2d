import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/server/db/migrate";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres.mjs";
import {
  adminSourceFromEnv,
  createTestDatabase,
  EMBEDDED_TEST_DATA_DIR,
  EMBEDDED_TEST_PORT,
  sweepStaleTestDatabases,
  withDatabase,
  type TestDatabase,
} from "@/tests/integration/test-database";

/**
 * Vitest globalSetup: one migrated database per run, with a random name, on a local server;
 * dropped in teardown, which vitest runs whether the tests passed or failed. Its URL reaches the
 * tests through inject("databaseUrl") and through DATABASE_URL, so server/db/client.ts uses it.
 */
type EmbeddedServer = Awaited<ReturnType<typeof startEmbeddedPostgres>>;

async function adminConnection(): Promise<{ adminUrl: string; embedded?: EmbeddedServer }> {
  const source = adminSourceFromEnv(process.env);
  if (source.kind !== "embedded") return { adminUrl: source.adminUrl };
  // Shared by concurrent runs on this machine, so it is not tied to this process's exit.
  const embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_TEST_DATA_DIR, port: EMBEDDED_TEST_PORT, database: "postgres", stopOnExit: false });
  return { adminUrl: withDatabase(embedded.url, "postgres"), embedded };
}

/** Drops this run's database; the last run using the embedded test server also stops it. */
async function release(adminUrl: string, database: TestDatabase | undefined, embedded: EmbeddedServer | undefined): Promise<void> {
  await database?.drop();
  if (embedded && (await sweepStaleTestDatabases(adminUrl)).length === 0) await embedded.stop();
}

async function prepare(): Promise<{ adminUrl: string; database: TestDatabase; embedded?: EmbeddedServer }> {
  const { adminUrl, embedded } = await adminConnection();
  let database: TestDatabase | undefined;
  try {
    await sweepStaleTestDatabases(adminUrl);
    database = await createTestDatabase(adminUrl);
    await applyMigrations(database.url);
    return { adminUrl, database, embedded };
  } catch (error) {
    await release(adminUrl, database, embedded).catch(() => {});
    throw error;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let prepared: Awaited<ReturnType<typeof prepare>>;
  try {
    prepared = await prepare();
  } catch (error) {
    // Another run may have stopped the shared embedded server at that very moment; retry once.
    if (adminSourceFromEnv(process.env).kind !== "embedded") throw error;
    console.warn(`test database setup failed (${error instanceof Error ? error.message : String(error)}); retrying once`);
    prepared = await prepare();
  }
  const { adminUrl, database, embedded } = prepared;

  project.provide("databaseUrl", database.url);
  project.provide("adminDatabaseUrl", adminUrl);
  // Test workers start after globalSetup and inherit this, so server/env.ts sees the test database.
  process.env.DATABASE_URL = database.url;

  return () => release(adminUrl, database, embedded);
}
