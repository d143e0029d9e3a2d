/**
 * `npm start`: everything a person with only Node and npm needs. Uses DATABASE_URL when set and
 * otherwise an embedded Postgres under .data/; applies migrations; syncs content/ into the
 * database; catches mail locally unless SMTP_URL is set; builds when the sources changed; serves
 * on PORT (default 3000) and runs the alerts worker beside it, stopping both together.
 */
import { ensureAuthSecret, ensureAuthUrl, ensureBuild, ensureMailCatcher, loadDotEnv, log, parsePort, runNpmScript, startNext, startWorker } from "./lib/launch.mjs";

loadDotEnv();
const port = parsePort(process.env.PORT, 3000);
ensureAuthUrl({ port, host: process.env.HOST });
ensureAuthSecret();

let embedded;
if (!process.env.DATABASE_URL) {
  const { startEmbeddedPostgres } = await import("./lib/embedded-postgres.mjs");
  embedded = await startEmbeddedPostgres({});
  process.env.DATABASE_URL = embedded.url;
  log("no DATABASE_URL given: using the embedded Postgres (data in .data/postgres)");
}
runNpmScript("db:migrate");
runNpmScript("content:sync");
const catcher = await ensureMailCatcher();
await ensureBuild();
const server = startNext({ port, host: process.env.HOST });
const worker = startWorker();

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  await catcher.close();
  await embedded?.stop();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => void stop(code ?? 0));
