/**
 * A migrated throwaway database for benches that need one, and `next start` pointed at it. The
 * database lives on the server in DATABASE_URL (or the usual local one on 5432), else on an
 * embedded Postgres; it is dropped by close(), and ones a killed run left behind are dropped later.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { startNext } from "./servers.mjs";

const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
// 5433 is the app's embedded server, 5434 the end-to-end tests', 5435 the integration tests'.
const EMBEDDED_PORT = 5436;
const LEFTOVER_AGE_MS = 60 * 60 * 1000; // far longer than any bench run, so a concurrent run's database is safe

// Plain Node has no @/ alias: load the repo's scripts/lib helpers from the root the harness passes in.
const fromRoot = (root, file) => import(pathToFileURL(path.join(root, file)).href);

async function openServer(root) {
  const serverUrl = process.env.DATABASE_URL || DEFAULT_SERVER_URL;
  const probe = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await probe.connect();
    return { serverUrl, stop: async () => {} };
  } catch {
    const { startEmbeddedPostgres } = await fromRoot(root, "scripts/lib/embedded-postgres.mjs");
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(root, ".data/postgres-bench"), port: EMBEDDED_PORT });
    return { serverUrl: embedded.url, stop: () => embedded.stop() };
  } finally {
    await probe.end().catch(() => {});
  }
}

/** Ctrl-C makes run.mjs exit before a bench's finally can drop its database: clean up old ones here. */
async function dropLeftovers(admin, serverUrl, prefix) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const pattern = `${prefix.replaceAll("_", "\\_")}\\_%`;
  const { rows } = await client.query("SELECT datname FROM pg_database WHERE datname LIKE $1", [pattern]).finally(() => client.end());
  for (const { datname } of rows) {
    // createThrowawayDatabase names databases <prefix>_<Date.now() in base 36>_<random>.
    const createdAt = parseInt(datname.slice(prefix.length + 1).split("_")[0], 36);
    if (Date.now() - createdAt > LEFTOVER_AGE_MS) await admin.dropThrowawayDatabase(serverUrl, datname);
  }
}

/** Creates and migrates `<prefix>_…`; returns { name, url, host, close() }. */
export async function openBenchDatabase(root, prefix) {
  const admin = await fromRoot(root, "scripts/lib/database-admin.mjs");
  const server = await openServer(root);
  let database;
  try {
    await dropLeftovers(admin, server.serverUrl, prefix);
    database = await admin.createThrowawayDatabase(server.serverUrl, prefix);
    const env = { ...process.env, DATABASE_URL: database.url };
    const migrate = spawnSync("npm", ["run", "--silent", "db:migrate"], { cwd: root, encoding: "utf8", env });
    if (migrate.status !== 0) throw new Error(`db:migrate failed: ${migrate.stderr || migrate.stdout}`);
    // As the start command does: the server validates step ids against the synced rows.
    const sync = spawnSync("npm", ["run", "--silent", "content:sync"], { cwd: root, encoding: "utf8", env });
    if (sync.status !== 0) throw new Error(`content:sync failed: ${sync.stderr || sync.stdout}`);
  } catch (error) {
    if (database) await admin.dropThrowawayDatabase(server.serverUrl, database.name);
    await server.stop();
    throw error;
  }
  return {
    ...database,
    host: new URL(server.serverUrl).host,
    close: async () => {
      await admin.dropThrowawayDatabase(server.serverUrl, database.name);
      await server.stop();
    },
  };
}

/** startNext passes process.env on to `next start`: set `env` only for that spawn, then put it back. */
export async function startNextWithEnv(root, env) {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await startNext(root);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
