import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdir, rmdir, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { buildIsCurrent, recordBuildFingerprint } from "@/scripts/lib/build-fingerprint.mjs";
import { createTestDatabase } from "@/tests/integration/test-database";

/**
 * Production app instances (`next start` on the real build) for the load, fault and scale-out
 * tests. They share the end-to-end tests' build settings, so a build made here is the one
 * `npm run test:e2e` reuses, and the other way round.
 */
export const E2E_BUILD_ENV = { OFFSWITCH_CONTENT_DIR: "tests/fixtures/content-e2e" } as const;
/** Ports reserved for these extra instances; the e2e server and benches use others. */
const PORT_RANGE = [3160, 3169] as const;
const BUILD_LOCK = path.resolve(".data/next-build.lock");
/** Longer than any build here; a lock this old was left by a killed run. */
const STALE_LOCK_MS = 30 * 60 * 1000;

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

const handedOut = new Set<number>();
export async function freeAppPort(): Promise<number> {
  for (let port = PORT_RANGE[0]; port <= PORT_RANGE[1]; port += 1) {
    if (handedOut.has(port) || !(await portIsFree(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`no free port in ${PORT_RANGE.join("-")}`);
}

/** Builds once when the sources changed; a directory lock keeps two test files from building at once. */
export async function ensureProductionBuild(adminDatabaseUrl: string): Promise<void> {
  // The fingerprint reads the content folder from process.env; put it back afterwards for other tests.
  const saved = process.env.OFFSWITCH_CONTENT_DIR;
  process.env.OFFSWITCH_CONTENT_DIR = E2E_BUILD_ENV.OFFSWITCH_CONTENT_DIR;
  try {
    await buildUnderLock(adminDatabaseUrl);
  } finally {
    if (saved === undefined) delete process.env.OFFSWITCH_CONTENT_DIR;
    else process.env.OFFSWITCH_CONTENT_DIR = saved;
  }
}

async function buildUnderLock(adminDatabaseUrl: string): Promise<void> {
  await mkdir(path.dirname(BUILD_LOCK), { recursive: true });
  for (;;) {
    try {
      await mkdir(BUILD_LOCK);
      break;
    } catch {
      const lockedAt = (await stat(BUILD_LOCK).catch(() => undefined))?.mtimeMs;
      if (lockedAt !== undefined && Date.now() - lockedAt > STALE_LOCK_MS) await rmdir(BUILD_LOCK).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    if (await buildIsCurrent()) return;
    // Vitest runs with NODE_ENV=test; next.config.mjs reads NODE_ENV for production-only headers
    // (HSTS), and the e2e stage reuses this build, so it must be a production build in every way.
    // A production build needs AUTH_URL (server/env.ts); a fresh clone's `npm test` reaches here
    // before the e2e server has built, so give it the e2e server's own address, as that server would.
    const authUrl = process.env.AUTH_URL || "http://127.0.0.1:3100";
    // Prerendered pages read the database (recorded verifications): build against an empty,
    // migrated one, as the e2e server does, never the test run's shared database, where other
    // tests record verifications that would end up in the HTML the e2e tests then read.
    const buildDatabase = await createTestDatabase(adminDatabaseUrl);
    try {
      // Through the npm script, not server/db/migrate: this file is also loaded by Playwright
      // (the database-down spec), where a "server-only" import cannot be.
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: buildDatabase.url, AUTH_URL: authUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
      const migrate = spawnSync("npm", ["run", "--silent", "db:migrate"], { encoding: "utf8", env });
      if (migrate.status !== 0) throw new Error(`db:migrate failed: ${migrate.stderr || migrate.stdout}`);
      const build = spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit", env });
      if (build.status !== 0) throw new Error(`npm run build failed (${build.status ?? build.signal})`);
    } finally {
      await buildDatabase.drop();
    }
    await recordBuildFingerprint();
  } finally {
    await rmdir(BUILD_LOCK);
  }
}

/** Copies content into the given database as the start command does (known steps come from these rows). */
export function syncContent(databaseUrl: string): void {
  const sync = spawnSync("npm", ["run", "--silent", "content:sync"], { encoding: "utf8", env: { ...process.env, ...E2E_BUILD_ENV, DATABASE_URL: databaseUrl } });
  if (sync.status !== 0) throw new Error(`content:sync failed: ${sync.stderr || sync.stdout}`);
}

export type AppInstance = { url: string; port: number; process: ChildProcess; output(): string; stop(): Promise<void> };

/** One `next start` on loopback against `databaseUrl`; resolves when it answers. */
export async function startAppInstance(options: { databaseUrl: string; authSecret: string; port?: number; env?: Record<string, string> }): Promise<AppInstance> {
  const port = options.port ?? (await freeAppPort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      ...E2E_BUILD_ENV,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: options.authSecret,
      AUTH_URL: url,
      // No SMTP in these tests; the mail catcher port only has to be a valid number.
      SMTP_URL: "",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await once(child, "exit");
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited:\n${output}`);
    try {
      const response = await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start on ${port} did not answer within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, port, process: child, output: () => output, stop };
}

export const newAuthSecret = () => randomBytes(32).toString("base64url");
