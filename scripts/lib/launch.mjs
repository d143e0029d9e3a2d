/**
 * The pieces the start command (and the end-to-end test server) put together: configuration,
 * a database (the one in DATABASE_URL, or an embedded Postgres), migrations, a mail catcher when
 * no SMTP server is configured, a production build when the sources changed, and Next itself.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIsCurrent, recordBuildFingerprint } from "./build-fingerprint.mjs";
import { listenHost } from "./listen-host.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
export const DATA_DIR = ".data";

// A privacy product does not phone home: no Next.js telemetry from builds or the server.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

export function log(message) {
  console.log(`start: ${message}`);
}

/** Reads .env when present, without overriding variables already set in the environment. */
export function loadDotEnv() {
  if (existsSync(".env")) process.loadEnvFile(".env");
}

/** A local copy needs a signing secret; generate one once and keep it under .data/ (never committed). */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(DATA_DIR, "auth-secret");
  mkdirSync(DATA_DIR, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

/** Runs an npm script and stops the launch with its exit code if it fails. */
export function runNpmScript(script, env = process.env) {
  const result = spawnSync(npm, ["run", "--silent", script], { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`start: "npm run ${script}" failed; see the messages above`);
    process.exit(result.status ?? 1);
  }
}

export async function ensureBuild() {
  if (await buildIsCurrent()) {
    log("the production build is up to date");
    return;
  }
  log("building OffSwitch (first run, or the sources changed)…");
  // A production build whatever the caller's NODE_ENV (next.config.mjs adds HSTS only for production).
  runNpmScript("build", { ...process.env, NODE_ENV: "production" });
  await recordBuildFingerprint();
}

/** Starts the local mail catcher unless real SMTP is configured; mail then shows on /dev/mail. */
export async function ensureMailCatcher({ dir = path.join(DATA_DIR, "mail"), port = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 2525) } = {}) {
  if (process.env.SMTP_URL) return { close: async () => {} };
  const { startMailCatcher } = await import("../mail-catcher.mjs");
  const catcher = await startMailCatcher({ port, dir });
  process.env.MAIL_CATCHER_DIR = dir;
  process.env.MAIL_CATCHER_SMTP_PORT = String(catcher.port);
  const publicHost = new URL(process.env.AUTH_URL ?? process.env.SITE_URL ?? "http://localhost").hostname;
  if (["localhost", "127.0.0.1", "[::1]"].includes(publicHost)) log(`mail is caught locally (SMTP on 127.0.0.1:${catcher.port}); read it at /dev/mail`);
  else log(`WARNING: no SMTP_URL, so mail is caught locally and NOT delivered; /dev/mail stays off because ${publicHost} is not this machine. Set SMTP_URL.`);
  return catcher;
}

/**
 * Auth.js builds the links in sign-in emails and its redirects from AUTH_URL; without it, it
 * guesses from the request and can pick a different host than the one the person used.
 */
export function ensureAuthUrl({ port, host }) {
  const local = !host || host === "0.0.0.0" || host === "::" ? "localhost" : host;
  // `||`: an empty AUTH_URL= line in .env counts as unset.
  process.env.AUTH_URL ||= process.env.SITE_URL || `http://${local}:${port}`;
}

/**
 * Serves the build with scripts/serve.mjs (`next start` plus the socket's address on each request);
 * resolves when it exits. Signals are passed on so Ctrl-C stops everything.
 * With `logFile`, the server's output is also appended there (the e2e tests check it for secrets).
 */
export function startNext({ port, host, logFile }) {
  const args = [path.join("scripts", "serve.mjs"), "--port", String(port), "--hostname", listenHost(host)];
  const stdio = logFile ? ["inherit", "pipe", "pipe"] : "inherit";
  const server = spawn(process.execPath, args, { stdio, env: { ...serverEnv(), NODE_ENV: "production" } });
  if (logFile) {
    const log = createWriteStream(logFile, { flags: "a" });
    server.stdout.on("data", (chunk) => (process.stdout.write(chunk), log.write(chunk)));
    server.stderr.on("data", (chunk) => (process.stderr.write(chunk), log.write(chunk)));
  }
  log(`OffSwitch is starting on http://${listenHost(host)}:${port}${host ? "" : " (loopback only; set HOST=0.0.0.0 to listen on every interface)"}`);
  return server;
}

export function parsePort(value, fallback) {
  const port = value ?? String(fallback);
  if (!/^\d{2,5}$/.test(port) || Number(port) > 65535) {
    console.error(`start: PORT must be a port number, got "${port}"`);
    process.exit(1);
  }
  return Number(port);
}

/**
 * What Next and the worker run with: links in emails (confirm, unsubscribe, the guide) are built
 * from SITE_URL, which defaults to the address this copy is served on rather than port 3000.
 */
function serverEnv() {
  const siteUrl = process.env.SITE_URL ?? process.env.AUTH_URL;
  return siteUrl ? { ...process.env, SITE_URL: siteUrl } : { ...process.env };
}

const WORKER_RESTART_MS = 5_000;

/**
 * Runs the alerts worker (scripts/worker.ts: fan-out, sending, weekly digest, purge) beside Next and
 * restarts it if it crashes (any exit but its own graceful one). It gets an IPC channel, so it also
 * stops when this launcher dies, even by SIGKILL. `stop()` ends it gracefully and resolves when it has exited.
 */
export function startWorker() {
  let child;
  let stopping = false;
  let restartTimer;
  const spawnWorker = () => {
    child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join("scripts", "worker.ts")], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: serverEnv(),
    });
    child.on("exit", (code, signal) => {
      // Exit code 0 is the worker's own graceful stop (a signal sent to it, or this launcher's
      // process group being stopped, as Ctrl-C does): not a crash, so no restart.
      if (stopping || code === 0) return;
      log(`the alerts worker stopped (${signal ?? `exit code ${code}`}); restarting it in ${WORKER_RESTART_MS / 1000} s`);
      restartTimer = setTimeout(spawnWorker, WORKER_RESTART_MS);
    });
  };
  spawnWorker();
  log("the alerts worker is running: alerts and weekly digests go out through the mail settings above");
  return {
    stop: async () => {
      stopping = true;
      clearTimeout(restartTimer);
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      // The worker waits up to 10 s for jobs in flight; do not wait forever on a stuck one.
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
