/**
 * `npm test`: every check in one run (lint, typecheck, content check, unit tests, end-to-end
 * tests in real Chromium), always all of them so one failure does not hide another. Ends with
 * one line, `N passed, N failed`, counting each check stage and each test case.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
// A privacy product does not phone home: no Next.js telemetry from the test builds.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const results = [];

function runStage(name, args, env = {}) {
  console.log(`\n━━ ${name}: npm ${args.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(npm, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: run.status === 0, seconds };
}

function recordCheck(name, args) {
  const { ok, seconds } = runStage(name, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
}

function recordSuite(name, args, reportFile, countsFromReport) {
  rmSync(reportFile, { force: true });
  const { ok, seconds } = runStage(name, args);
  let counts = { passed: 0, failed: 0 };
  if (existsSync(reportFile)) counts = countsFromReport(JSON.parse(readFileSync(reportFile, "utf8")));
  // A runner that crashed before reporting still counts as a failure.
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push({ name, ...counts, seconds });
}

mkdirSync("test-results", { recursive: true });
recordCheck("lint", ["run", "lint"]);
recordCheck("typecheck", ["run", "typecheck"]);
recordCheck("content check", ["run", "content:check"]);
recordSuite("unit and integration tests", ["run", "test:unit", "--", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit-report.json"], "test-results/unit-report.json", (report) => ({
  passed: report.numPassedTests ?? 0,
  // A suite that fails to load has no failed tests of its own; count it once in that case.
  failed: report.numFailedTests > 0 ? report.numFailedTests : (report.numFailedTestSuites ?? 0),
}));
recordSuite("end-to-end tests", ["run", "test:e2e"], "test-results/e2e-report.json", (report) => ({
  passed: report.stats?.expected ?? 0,
  failed: (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0) + (report.errors?.length ?? 0),
}));

console.log("\n━━ summary");
for (const { name, passed, failed, seconds } of results) {
  console.log(`${failed === 0 ? "ok  " : "FAIL"} ${name.padEnd(28)} ${String(passed).padStart(4)} passed ${String(failed).padStart(3)} failed  ${seconds}s`);
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
