/**
 * `npm run clean-install:check`: proves that a fresh `npm ci`, with every dependency install script
 * not approved in package.json's `allowScripts` blocked (npm's --strict-allow-scripts makes an
 * unreviewed one fail the install), prints no install-script or engine warning, and that `npm start`
 * then works: embedded Postgres (no DATABASE_URL), migrations, content sync, build, and `/` answering
 * 200. Stops it again and checks nothing is left running. See docs/decisions/0010-install-scripts.md.
 *
 * By default it works on a copy of the repository's files (tracked and untracked, not ignored) in a
 * temporary folder. `--in-place` uses the current checkout instead (CI runs on a fresh clone, so the
 * install and the build are then the ones the test run uses). `--keep` keeps the temporary copy.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const args = new Set(process.argv.slice(2));
const inPlace = args.has("--in-place");
const keep = args.has("--keep");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const START_TIMEOUT_MS = 20 * 60_000; // a cold `next build` on two busy cores
const STOP_TIMEOUT_MS = 30_000;
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
const say = (message) => console.log(`\n[clean-install] ${message} (${elapsed()})`);

function fail(message) {
  console.error(`\n[clean-install] FAILED: ${message}`);
  process.exitCode = 1;
  throw Object.assign(new Error(message), { reported: true });
}

/** Copies what a clone would contain: git's tracked and untracked-but-not-ignored files. */
function copyRepository() {
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" });
  if (listed.status !== 0) fail(`git ls-files failed: ${listed.stderr}`);
  const target = mkdtempSync(path.join(os.tmpdir(), "offswitch-clean-install-"));
  // mkdtemp makes it 0700; as root the embedded Postgres runs as the "postgres" user, which must reach it.
  chmodSync(target, 0o755);
  for (const file of listed.stdout.split("\0").filter(Boolean)) {
    const stats = lstatSync(file, { throwIfNoEntry: false });
    if (!stats) continue; // deleted in the work tree, not yet committed
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    // Symlinks stay links (the e2e content folder links to the real guides), as in a clone.
    if (stats.isSymbolicLink()) symlinkSync(readlinkSync(file), path.join(target, file));
    else copyFileSync(file, path.join(target, file));
  }
  return target;
}

/** Runs a command, echoing and returning its combined output. */
function runCaptured(command, commandArgs, options) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk) => (process.stdout.write(chunk), (output += chunk));
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("close", (code) => resolve({ code, output }));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHome(url, child) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) fail(`npm start exited (${child.exitCode ?? child.signalCode}) before ${url} answered`);
    const status = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.status,
      () => null,
    );
    if (status === 200) return;
    await sleep(2_000);
  }
  fail(`${url} did not answer 200 within ${START_TIMEOUT_MS / 60_000} minutes`);
}

/**
 * npm does not reliably pass SIGTERM on to the script it runs, so the whole process group (npm, the
 * launcher, Next, the worker) gets it; the launcher then stops the worker, mail catcher and Postgres.
 */
async function stopGroup(child) {
  const exited = new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", resolve)));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return true;
  }
  const stoppedInTime = await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
  // Give the launcher's own children (Postgres shuts down on its own signal) a moment after npm exits.
  for (let waited = 0; waited < STOP_TIMEOUT_MS && isAlive(-child.pid); waited += 500) await sleep(500);
  const clean = stoppedInTime && !isAlive(-child.pid);
  if (!clean) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  return clean;
}

function postmasterPid(dir) {
  const pidFile = path.join(dir, ".data", "postgres", "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

let dir = process.cwd();
let server;
try {
  if (!inPlace) dir = copyRepository();
  say(`node ${process.version}, npm ${spawnSync(npm, ["--version"], { encoding: "utf8" }).stdout.trim()}, in ${dir}`);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL; // the embedded Postgres is part of what is checked
  delete env.SMTP_URL;

  say("npm ci --strict-allow-scripts");
  const install = await runCaptured(npm, ["ci", "--no-audit", "--no-fund", "--strict-allow-scripts"], { cwd: dir, env });
  if (install.code !== 0) fail(`npm ci exited with ${install.code}`);
  const warnings = install.output.split("\n").filter((line) => /install-scripts|allowScripts|EBADENGINE|Unknown (cli|project) config/i.test(line));
  if (warnings.length > 0) fail(`npm ci printed install-script or engine warnings:\n${warnings.join("\n")}`);
  say("npm ci: no install-script or engine warning");

  const port = await freePort();
  // The mail catcher's SMTP port too, so the check does not collide with a running `npm start`.
  const startEnv = { ...env, PORT: String(port), MAIL_CATCHER_SMTP_PORT: env.MAIL_CATCHER_SMTP_PORT ?? String(await freePort()) };
  say(`npm start on port ${port}`);
  server = spawn(npm, ["start"], { cwd: dir, env: startEnv, detached: true, stdio: ["ignore", "inherit", "inherit"] });
  await waitForHome(`http://127.0.0.1:${port}/`, server);
  say(`GET / answered 200`);

  const postgres = postmasterPid(dir);
  if (!postgres || !isAlive(postgres)) fail("the embedded Postgres is not running under .data/postgres");
  const clean = await stopGroup(server);
  server = undefined;
  if (!clean) fail("npm start did not stop within 30 s of SIGTERM");
  if (isAlive(postgres)) {
    process.kill(postgres, "SIGKILL");
    fail(`the embedded Postgres (pid ${postgres}) was still running after npm start stopped`);
  }
  say("npm start stopped cleanly (embedded Postgres included). OK");
} catch (error) {
  if (!error.reported) {
    console.error(error);
    process.exitCode = 1;
  }
} finally {
  if (server) await stopGroup(server);
  if (!inPlace && dir !== process.cwd()) {
    if (keep) console.log(`[clean-install] kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
