import { expect, test, type APIRequestContext } from "@playwright/test";
import { newEmail, signIn } from "@/tests/e2e/fixtures/accounts";
import { withE2eDatabase } from "@/tests/e2e/fixtures/e2e-database";
import { snapshotDatabase, waitForBackgroundWork } from "@/tests/e2e/fuzz/database-snapshot";
import { routeFiles, serverActions } from "@/tests/e2e/fuzz/discover-entry-points";
import { fuzzAction, fuzzRoutePath, runPool, type FuzzTally } from "@/tests/e2e/fuzz/fuzz-runner";
import { serverActionIds } from "@/tests/e2e/fuzz/server-actions";
import { ACTION_TARGETS, EXCLUDED_ROUTE_FILES, ROUTE_TARGETS } from "@/tests/e2e/fuzz/targets";

/**
 * Property-based fuzzing (fast-check) of every route handler and server action over real HTTP
 * against the production server: hostile input gets a 4xx (or a 2xx where it happens to be
 * valid and harmless), never a 5xx, and leaves every application table exactly as it was.
 * About 2,300 requests signed out and 2,200 signed in; ROUTE_RUNS and ACTION_RUNS tune it.
 */
const ROUTE_RUNS = 30;
const ACTION_RUNS = 60;

// The database checks need the fuzz to be the only thing writing while it runs: the two runs go
// one after the other, and the playwright config runs this file after the others.
test.describe.configure({ mode: "serial" });

test("every route handler and server action is in the fuzz table", () => {
  const listedRoutes = new Set([...ROUTE_TARGETS.map((target) => target.file), ...Object.keys(EXCLUDED_ROUTE_FILES)]);
  const existingRoutes = routeFiles();
  expect(existingRoutes.filter((file) => !listedRoutes.has(file)), "route files missing from tests/e2e/fuzz/targets.ts").toEqual([]);
  expect([...listedRoutes].filter((file) => !existingRoutes.includes(file)), "tests/e2e/fuzz/targets.ts lists route files that are gone").toEqual([]);

  const listedActions = new Set(ACTION_TARGETS.map((target) => `${target.file}#${target.exportName}`));
  const existingActions = serverActions();
  expect(existingActions.filter((action) => !listedActions.has(action)), "server actions missing from tests/e2e/fuzz/targets.ts").toEqual([]);
  expect([...listedActions].filter((action) => !existingActions.includes(action)), "tests/e2e/fuzz/targets.ts lists actions that are gone").toEqual([]);
});

async function fuzzEverything(request: APIRequestContext, origin: string, signedIn: boolean): Promise<FuzzTally> {
  const ids = serverActionIds();
  const tally: FuzzTally = { requests: 0, statuses: new Map() };
  const context = { request, origin, numRuns: ROUTE_RUNS };
  const jobs = ROUTE_TARGETS.flatMap((target) => target.paths.map((path) => fuzzRoutePath(target, path, context, tally)));
  for (const target of ACTION_TARGETS) {
    if (signedIn && target.signedInEffect) continue;
    const id = ids.get(`${target.file}#${target.exportName}`);
    expect(id, `no id for ${target.file}#${target.exportName} in the build's server-reference manifest`).toBeTruthy();
    jobs.push(fuzzAction(target, id ?? "", { ...context, numRuns: ACTION_RUNS }, tally));
  }
  await runPool(jobs);
  return tally;
}

const signedInLabel = (title: string) => (title.includes("signed in") ? "signed in" : "signed out");

function summary(tally: FuzzTally): string {
  const statuses = [...tally.statuses.entries()].sort(([a], [b]) => a - b).map(([status, times]) => `${status}×${times}`);
  return `${tally.requests} requests: ${statuses.join(", ")}`;
}

test("hostile input to every route and action, signed out: never a 5xx, the database unchanged", async ({ request, baseURL }, testInfo) => {
  test.setTimeout(480_000);
  await withE2eDatabase(waitForBackgroundWork);
  const before = await withE2eDatabase(snapshotDatabase);
  const tally = await fuzzEverything(request, new URL(baseURL ?? "").origin, false);
  expect(await withE2eDatabase(snapshotDatabase)).toEqual(before);
  testInfo.annotations.push({ type: "fuzz", description: summary(tally) });
  console.log(`fuzz, ${signedInLabel(testInfo.title)}: ${summary(tally)}`);
});

test("hostile input to every route and action, signed in: never a 5xx, the database unchanged", async ({ page, baseURL }, testInfo) => {
  test.setTimeout(480_000);
  await signIn(page, newEmail("fuzz"));
  await withE2eDatabase(waitForBackgroundWork);
  const before = await withE2eDatabase(snapshotDatabase);
  const tally = await fuzzEverything(page.request, new URL(baseURL ?? "").origin, true);
  expect(await withE2eDatabase(snapshotDatabase)).toEqual(before);
  // Still signed in: nothing in the fuzz ended the session.
  expect((await page.request.get("/api/progress")).status()).toBe(200);
  testInfo.annotations.push({ type: "fuzz", description: summary(tally) });
  console.log(`fuzz, ${signedInLabel(testInfo.title)}: ${summary(tally)}`);
});
