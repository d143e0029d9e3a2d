import pg from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { applyMigrations } from "@/server/db/migrate";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-database";
import { ensureProductionBuild, newAuthSecret, startAppInstance, syncContent, type AppInstance } from "@/tests/load/app-instance";
import { createSignedInPeople, knownStepsIn, storedProgress } from "@/tests/load/signed-in-people";
import { percentile, progressDifferences, runTickLoad } from "@/tests/load/tick-load";

/**
 * Load: 200 signed-in people ticking concurrently against the production server over loopback
 * (LOAD_TEST_SECONDS, default 60). Zero errors, and the database ends up holding exactly, per
 * person and step, the latest tick that person made. Its own database: content sync and 200
 * users must not disturb other test files.
 */
const PEOPLE = 200;
const SECONDS = Number(process.env.LOAD_TEST_SECONDS ?? 60);
// Two cores run Next, Postgres and this driver: 16 requests in flight keep both busy without
// measuring only queueing.
const MAX_IN_FLIGHT = 16;

let database: TestDatabase;
let client: pg.Client;
let app: AppInstance;

beforeAll(async () => {
  await ensureProductionBuild(inject("adminDatabaseUrl"));
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  await applyMigrations(database.url);
  syncContent(database.url);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  app = await startAppInstance({ databaseUrl: database.url, authSecret: newAuthSecret() });
}, 900_000);

afterAll(async () => {
  await app?.stop();
  await client?.end();
  await database?.drop();
});

test(`${PEOPLE} signed-in people ticking for ${SECONDS} s: no errors, and exactly the latest tick of each step is stored`, async () => {
  const people = await createSignedInPeople(client, PEOPLE, "load");
  const steps = await knownStepsIn(client);
  expect(steps.length).toBeGreaterThan(3);

  const load = await runTickLoad({ people, steps, baseUrls: [app.url], durationMs: SECONDS * 1000, maxInFlight: MAX_IN_FLIGHT, thinkMs: 500 });
  const seconds = SECONDS.toFixed(0);
  console.log(
    `load: ${load.requests} requests (${(load.requests / SECONDS).toFixed(0)}/s), ${load.marks} ticks in ${seconds} s; ` +
      `p50 ${percentile(load.latenciesMs, 0.5).toFixed(0)} ms, p99 ${percentile(load.latenciesMs, 0.99).toFixed(0)} ms`,
  );

  expect(load.errors.slice(0, 5)).toEqual([]);
  expect([...load.statuses.keys()]).toEqual([200]);
  // Every person took part, so the load really was 200 concurrent people.
  expect(new Set([...load.expected.keys()].map((key) => key.split(" ")[0])).size).toBe(PEOPLE);
  const stored = await storedProgress(
    client,
    people.map((person) => person.userId),
  );
  expect(progressDifferences(load.expected, stored)).toEqual([]);
  expect(stored.size).toBe(load.expected.size);
}, (SECONDS + 180) * 1000);
