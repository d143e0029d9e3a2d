import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import path from "node:path";
import pg from "pg";
import { z } from "zod";

/**
 * Databases for integration tests: one per test run, created with a random name on a LOCAL server
 * and dropped afterwards. Everything here refuses to touch a database on another host.
 */
declare module "vitest" {
  export interface ProvidedContext {
    /** The run's migrated database. */
    databaseUrl: string;
    /** The `postgres` database on the same server, for tests that need more databases. */
    adminDatabaseUrl: string;
  }
}

export const TEST_DATABASE_PREFIX = "offswitch_test_";
// 5433 is the app's embedded server, 5434 the end-to-end tests' (scripts/e2e-server.mjs).
export const EMBEDDED_TEST_PORT = 5435;
export const EMBEDDED_TEST_DATA_DIR = path.resolve(".data/postgres-test");

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** The host node-postgres will really connect to: a `host` parameter overrides the URL's host. */
function effectiveHost(url: URL): string {
  return url.searchParams.get("host") ?? decodeURIComponent(url.hostname);
}

/** Throws unless the URL points at this machine (loopback or a unix socket directory). */
export function assertLocalDatabaseUrl(databaseUrl: string, source = "database URL"): void {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error(`${source} is not a valid URL`);
  }
  if (!/^postgres(ql)?:$/.test(url.protocol)) throw new Error(`${source} must be a postgres:// URL`);
  const host = effectiveHost(url).toLowerCase();
  const local = LOCAL_HOSTS.has(host) || (host.startsWith("/") && !host.includes(","));
  if (!local || url.searchParams.has("hostaddr")) {
    throw new Error(
      `Refusing to run tests against ${source} on host "${host || "(none)"}": integration tests create and drop ` +
        "databases, so they only run on localhost, 127.0.0.1, ::1 or a unix socket.",
    );
  }
}

const envSchema = z.object({
  TEST_DATABASE_ADMIN_URL: z.preprocess((value) => (value === "" ? undefined : value), z.url().optional()),
  DATABASE_URL: z.preprocess((value) => (value === "" ? undefined : value), z.url().optional()),
});

export type AdminSource = { kind: "admin-url" | "database-url"; adminUrl: string } | { kind: "embedded" };

/** Where test databases are created: an explicit admin URL, DATABASE_URL's server, or embedded. */
export function adminSourceFromEnv(environment: Record<string, string | undefined>): AdminSource {
  const parsed = envSchema.safeParse(environment);
  if (!parsed.success) throw new Error(`Invalid test database configuration: ${parsed.error.issues.map((issue) => issue.path.join(".")).join(", ")}`);
  const { TEST_DATABASE_ADMIN_URL, DATABASE_URL } = parsed.data;
  if (TEST_DATABASE_ADMIN_URL) {
    assertLocalDatabaseUrl(TEST_DATABASE_ADMIN_URL, "TEST_DATABASE_ADMIN_URL");
    return { kind: "admin-url", adminUrl: TEST_DATABASE_ADMIN_URL };
  }
  if (DATABASE_URL) {
    assertLocalDatabaseUrl(DATABASE_URL, "DATABASE_URL");
    return { kind: "database-url", adminUrl: withDatabase(DATABASE_URL, "postgres") };
  }
  return { kind: "embedded" };
}

export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  assertLocalDatabaseUrl(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const ownerSchema = z.object({ host: z.string(), pid: z.number().int(), createdAt: z.iso.datetime() });
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

export type TestDatabase = { name: string; url: string; drop(): Promise<void> };

/** Creates an empty database with a random name; its comment records which run owns it. */
export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `${TEST_DATABASE_PREFIX}${process.pid}_${randomBytes(4).toString("hex")}`;
  const owner = JSON.stringify({ host: hostname(), pid: process.pid, createdAt: new Date().toISOString() });
  await withClient(adminUrl, async (client) => {
    await client.query(`CREATE DATABASE "${name}"`);
    await client.query(`COMMENT ON DATABASE "${name}" IS ${client.escapeLiteral(owner)}`);
  });
  return { name, url: withDatabase(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (!name.startsWith(TEST_DATABASE_PREFIX)) throw new Error(`Refusing to drop "${name}": not a test database`);
  // FORCE ends connections a failed test left open (Postgres 13+).
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Test databases on the server with their owners; used to sweep and to share a server. */
async function listTestDatabases(adminUrl: string): Promise<{ name: string; owner: z.infer<typeof ownerSchema> | null }[]> {
  const { rows } = await withClient(adminUrl, (client) =>
    client.query<{ name: string; comment: string | null }>(
      "SELECT datname AS name, shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE starts_with(datname, $1)",
      [TEST_DATABASE_PREFIX],
    ),
  );
  return rows.map(({ name, comment }) => {
    let owner = null;
    try {
      owner = ownerSchema.parse(JSON.parse(comment ?? ""));
    } catch {
      // No readable comment: not created by this harness's current version.
    }
    return { name, owner };
  });
}

/** Drops databases left by runs that were killed before their teardown; returns what is left. */
export async function sweepStaleTestDatabases(adminUrl: string, exceptName?: string): Promise<string[]> {
  const remaining: string[] = [];
  for (const { name, owner } of await listTestDatabases(adminUrl)) {
    if (name === exceptName) continue;
    const stale =
      owner !== null &&
      ((owner.host === hostname() && !isAlive(owner.pid)) || Date.now() - Date.parse(owner.createdAt) > STALE_AFTER_MS);
    if (stale) await dropDatabase(adminUrl, name);
    else remaining.push(name);
  }
  return remaining;
}
