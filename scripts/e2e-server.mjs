/**
 * The server the end-to-end tests run against: the real start path, but on a database created
 * for this run (dropped when Playwright stops the server) and a mail catcher whose folder the
 * tests' mailbox fixture reads. Uses DATABASE_URL's server when set, else an embedded Postgres.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { createThrowawayDatabase, dropThrowawayDatabase } from "./lib/database-admin.mjs";
import { ensureAuthUrl, ensureBuild, ensureMailCatcher, log, parsePort, runNpmScript, startNext, startWorker } from "./lib/launch.mjs";

const port = parsePort(process.env.PORT, 3100);
ensureAuthUrl({ port, host: process.env.HOST });
const mailDir = process.env.MAIL_CATCHER_DIR ?? "test-results/e2e-mail";
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
// The end-to-end run fetches nothing from the network: the worker's source watcher stays off.
process.env.SOURCES_CHECK_INTERVAL_MINUTES ??= "0";

let embedded;
let serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  const { startEmbeddedPostgres } = await import("./lib/embedded-postgres.mjs");
  embedded = await startEmbeddedPostgres({ dataDir: ".data/postgres-e2e", port: 5434 });
  serverUrl = embedded.url;
}
const database = await createThrowawayDatabase(serverUrl, "offswitch_e2e");
process.env.DATABASE_URL = database.url;
log(`end-to-end database ${database.name}`);
// Tests that check what the server stored (token expiry, say) read the run's database URL here.
mkdirSync("test-results", { recursive: true });
writeFileSync("test-results/e2e-database-url", database.url);
// This run's throwaway signing secret, so a test can assert it never shows up in the server's output.
writeFileSync("test-results/e2e-auth-secret", process.env.AUTH_SECRET, { mode: 0o600 });

let stopping = false;
async function cleanUp(code) {
  if (stopping) return;
  stopping = true;
  await worker?.stop();
  await catcher?.close().catch(() => {});
  rmSync("test-results/e2e-database-url", { force: true });
  rmSync("test-results/e2e-auth-secret", { force: true });
  await dropThrowawayDatabase(serverUrl, database.name).catch((error) => console.error("could not drop the e2e database", error.message));
  await embedded?.stop();
  process.exit(code);
}

let catcher;
let server;
let worker;
try {
  runNpmScript("db:migrate");
  runNpmScript("content:sync");
  rmSync(mailDir, { recursive: true, force: true });
  catcher = await ensureMailCatcher({ dir: mailDir, port: 0 });
  await ensureBuild();
  // Everything the server prints, kept for tests that check no token or secret is ever logged.
  const logFile = process.env.E2E_SERVER_LOG ?? "test-results/e2e-server.log";
  rmSync(logFile, { force: true });
  server = startNext({ port, host: process.env.HOST, logFile });
  worker = startWorker();
} catch (error) {
  console.error(error);
  await cleanUp(1);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (server ? server.kill(signal) : void cleanUp(0)));
server?.on("exit", (code) => void cleanUp(code ?? 0));
