/**
 * `npm run bench [-- --build] [-- name...]`: runs every bench module (`bench/*.mjs` but this
 * file; helpers live in bench/lib/) against the production build, served by `next start` on a
 * free loopback port in 3400-3499. Names filter the modules: `npm run bench -- lighthouse`.
 * Modules export run({ root, baseUrl, reportMiss }), needsServer and optionally abort().
 * They are not named *.bench.mjs on purpose: `vitest bench` would pick those up.
 *
 * House rule: benches print figures beside a baseline measured in the same run and never fail
 * on a budget. Exit 0 when every bench ran (budget misses are printed, not fatal); exit 1 only
 * when a bench could not run (build, server, browser or Lighthouse failure).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { heading } from "./lib/format.mjs";
import { startNext } from "./lib/servers.mjs";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, "..");
const args = process.argv.slice(2);
const forceBuild = args.includes("--build");
const filters = args.filter((a) => !a.startsWith("--"));

function git(...gitArgs) {
  const result = spawnSync("git", gitArgs, { cwd: root, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Newest source mtime, to warn when the build being measured is older than the code. */
async function newestSourceMtime(dir) {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestSourceMtime(full) : (await stat(full)).mtimeMs);
  }
  return newest;
}

async function ensureBuild() {
  const buildIdFile = path.join(root, ".next", "BUILD_ID");
  if (forceBuild || !existsSync(buildIdFile)) {
    console.log(forceBuild ? "building (--build) ..." : "no .next/BUILD_ID: building first ...");
    const build = spawnSync("npm", ["run", "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error(`npm run build exited with ${build.status ?? build.signal}`);
  }
  const buildId = (await readFile(buildIdFile, "utf8")).trim();
  const builtAt = (await stat(buildIdFile)).mtimeMs;
  const sources = ["app", "components", "lib", "content", "server", "public"].map((d) => path.join(root, d));
  const newest = Math.max(...(await Promise.all(sources.map(newestSourceMtime))));
  if (newest > builtAt) console.log("warning: sources changed after the build being measured; rerun with -- --build");
  if (!existsSync(path.join(root, ".next", "csp-hashes.json"))) {
    console.log("warning: .next/csp-hashes.json missing (built without `npm run build`?): CSP will block inline scripts");
  }
  return { buildId, builtAt: new Date(builtAt).toISOString() };
}

async function loadModules() {
  const self = path.basename(fileURLToPath(import.meta.url));
  const files = (await readdir(benchDir)).filter((f) => f.endsWith(".mjs") && f !== self).sort();
  const chosen = files.filter((f) => filters.length === 0 || filters.some((name) => f.includes(name)));
  if (chosen.length === 0) throw new Error(`no bench module matches ${filters.join(", ")}; have ${files.join(", ")}`);
  const modules = [];
  for (const file of chosen) {
    try {
      modules.push({ file, ...(await import(pathToFileURL(path.join(benchDir, file)).href)) });
    } catch (error) {
      // A module that cannot load (say, a missing dependency) must not stop the others.
      report.errors[file] = error.stack ?? String(error);
      console.error(`ERROR loading ${file}: ${error.stack ?? error}`);
    }
  }
  return modules;
}

let server;
let modules = [];
let stopping = false;
async function shutdown(signal) {
  stopping = true;
  console.log(`\n${signal}: stopping the browser and the server`);
  for (const bench of modules) bench.abort?.();
  await server?.stop();
  process.exit(128 + (signal === "SIGINT" ? 2 : 15));
}
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
// An error thrown outside any await (an 'error' event in a dependency) still stops what we started.
process.once("uncaughtException", async (error) => {
  console.error(`\nERROR (uncaught): ${error.stack ?? error}`);
  for (const bench of modules) bench.abort?.();
  await server?.stop();
  process.exit(1);
});

const startedAt = new Date();
const report = {
  startedAt: startedAt.toISOString(),
  node: process.version,
  commit: git("rev-parse", "HEAD"),
  dirty: Boolean(git("status", "--porcelain")),
  buildId: undefined,
  builtAt: undefined,
  baseUrl: undefined,
  results: {},
  errors: {},
  budgetMisses: [],
};
const reportMiss = (text) => report.budgetMisses.push(text);

try {
  Object.assign(report, await ensureBuild());
  modules = await loadModules();
  console.log(`bench ${report.startedAt} node ${report.node} commit ${report.commit?.slice(0, 10)}${report.dirty ? " (dirty tree)" : ""}`);
  console.log(`build ${report.buildId} from ${report.builtAt}; modules: ${modules.map((m) => m.file).join(", ")}`);
  if (modules.some((m) => m.needsServer)) {
    server = await startNext(root);
    report.baseUrl = server.url;
    console.log(`next start on ${server.url}`);
  }
  for (const bench of modules) {
    try {
      report.results[bench.file] = await bench.run({ root, baseUrl: server?.url, reportMiss });
    } catch (error) {
      if (stopping) break; // the signal handler is ending the run; its abort caused this error
      // One broken bench must not hide the others' figures.
      report.errors[bench.file] = error.stack ?? String(error);
      console.error(`\nERROR in ${bench.file}: ${error.stack ?? error}`);
    }
  }
} catch (error) {
  report.errors.run = error.stack ?? String(error);
  console.error(`\nERROR: ${error.stack ?? error}`);
} finally {
  await server?.stop();
}

heading("Budgets");
if (report.budgetMisses.length === 0) console.log("all budgets met");
for (const miss of report.budgetMisses) console.log(`MISSED  ${miss}`);

const resultsDir = path.join(benchDir, "results");
await mkdir(resultsDir, { recursive: true });
const resultsFile = path.join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
report.finishedAt = new Date().toISOString();
await writeFile(resultsFile, JSON.stringify(report, null, 2) + "\n");
console.log(`\nresults: ${path.relative(root, resultsFile)}`);

const failed = Object.keys(report.errors).length;
if (failed) console.log(`bench could not run completely: ${Object.keys(report.errors).join(", ")} (exit 1)`);
process.exit(failed ? 1 : 0);
