import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/scripts/lib/embedded-postgres.mjs";
import { E2E_BUILD_ENV, newAuthSecret, startAppInstance, syncContent, type AppInstance } from "@/tests/load/app-instance";
import { createSignedInPeople, knownStepsIn, SESSION_COOKIE, storedProgress, type SignedInPerson } from "@/tests/load/signed-in-people";
import { progressDifferences, runTickLoad } from "@/tests/load/tick-load";

/**
 * Postgres stopped for 30 seconds (FAULT_DOWN_SECONDS) in the middle of ticking load. The app runs
 * on a Postgres of its own (embedded, on 5440), so stopping it never touches the machine's server
 * or the other tests' database. While it is down, saves answer 503 with the code "unavailable" and
 * guide pages are still served; afterwards every tick (HTTP and real Chromium) is in the database.
 */
const DOWN_SECONDS = Number(process.env.FAULT_DOWN_SECONDS ?? 30);
const PG_PORT = 5440;
const GUIDE = "/guides/linkedin-ai-training";
const POSTGRES = { dataDir: path.resolve(".data/postgres-faults"), port: PG_PORT, database: "offswitch_faults" };

test.describe.configure({ mode: "serial", timeout: (DOWN_SECONDS + 240) * 1000 });

let postgres: EmbeddedPostgres;
let client: pg.Client;
let app: AppInstance;
let people: SignedInPerson[];
let browserPerson: SignedInPerson;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  postgres = await startEmbeddedPostgres(POSTGRES);
  client = new pg.Client({ connectionString: postgres.url });
  client.on("error", () => {}); // it is stopped on purpose below
  await client.connect();
  // A fresh schema each run: the database outlives the server between runs.
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  await client.end();
  const migrate = spawnSync("npm", ["run", "--silent", "db:migrate"], { encoding: "utf8", env: { ...process.env, ...E2E_BUILD_ENV, DATABASE_URL: postgres.url } });
  if (migrate.status !== 0) throw new Error(`db:migrate failed: ${migrate.stderr || migrate.stdout}`);
  syncContent(postgres.url);
  client = await connect();
  const [first, ...rest] = await createSignedInPeople(client, 41, "faults");
  if (!first) throw new Error("no people were created");
  [browserPerson, people] = [first, rest];
  app = await startAppInstance({ databaseUrl: postgres.url, authSecret: newAuthSecret() });
});

test.afterAll(async () => {
  await app?.stop();
  await client?.end().catch(() => {});
  await postgres?.stop();
});

async function connect(): Promise<pg.Client> {
  const connected = new pg.Client({ connectionString: postgres.url });
  connected.on("error", () => {});
  await connected.connect();
  return connected;
}

const box = (page: Page, id: string) => page.locator(`li[data-step-id="${id}"]`).getByRole("checkbox");

async function saveDirectly(person: SignedInPerson): Promise<Response> {
  return fetch(`${app.url}/api/progress`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: person.cookie },
    body: JSON.stringify({ marks: [{ guide: "linkedin-ai-training", step: "sign-in", done: true, at: new Date().toISOString() }] }),
  });
}

test("Postgres down for 30 s under load: saves answer 503, guides are served, and every tick is saved afterwards", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: app.url });
  const host = new URL(app.url).hostname;
  await context.addCookies([
    { name: SESSION_COOKIE, value: browserPerson.sessionToken, domain: host, path: "/", httpOnly: true, sameSite: "Lax" },
    { name: "offswitch-signed-in", value: "1", domain: host, path: "/", sameSite: "Lax" },
  ]);
  const page = await context.newPage();
  await page.goto(GUIDE);
  await expect(box(page, "sign-in")).toBeEnabled();
  await box(page, "sign-in").check();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 15_000 });

  const steps = await knownStepsIn(client);
  await client.end();
  const load = runTickLoad({
    people,
    steps,
    baseUrls: [app.url],
    durationMs: (DOWN_SECONDS + 20) * 1000,
    maxInFlight: 8,
    thinkMs: 500,
    // The only failure allowed is the clear one, and only around the outage.
    tolerate: (status, body) => status === 503 && JSON.parse(body).error?.code === "unavailable",
  });

  await new Promise((resolve) => setTimeout(resolve, 5_000));
  await postgres.stop();
  const downUntil = Date.now() + DOWN_SECONDS * 1000;
  const pageStatuses: number[] = [];
  const dashboardStatuses: number[] = [];
  let ticked = false;
  while (Date.now() < downUntil) {
    const save = await saveDirectly(people[0] as SignedInPerson);
    expect(save.status).toBe(503);
    expect(save.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await save.json()).toMatchObject({ error: { code: "unavailable" } });
    const guide = await fetch(`${app.url}${GUIDE}`);
    pageStatuses.push(guide.status);
    expect(await guide.text()).toContain("Stop LinkedIn from using your data to train generative AI");
    // The signed-in dashboard, rendered from the account, falls back to the browser's copy.
    dashboardStatuses.push((await fetch(`${app.url}/dashboard`, { headers: { cookie: (people[0] as SignedInPerson).cookie } })).status);
    if (!ticked) {
      // Ticks made in the browser while the database is down stay in its outbox.
      await box(page, "open-settings").check();
      await box(page, "open-data-privacy").check();
      await box(page, "sign-in").uncheck();
      await expect(page.locator('[data-save-state="retrying"], [data-save-state="offline"]')).toBeVisible({ timeout: 10_000 });
      ticked = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  expect(new Set(pageStatuses)).toEqual(new Set([200]));
  expect(new Set(dashboardStatuses)).toEqual(new Set([200]));

  postgres = await startEmbeddedPostgres(POSTGRES);
  const result = await load;
  // On failure, the server's own log lines say which error became a 500.
  const serverErrors = app.output().split("\n").filter((line) => /Unexpected error|auth:/.test(line)).slice(0, 10).join("\n");
  expect(result.errors.slice(0, 5), serverErrors).toEqual([]);
  expect(result.statuses.get(503) ?? 0).toBeGreaterThan(0);
  expect([...result.statuses.keys()].sort()).toEqual([200, 503]);

  // The browser's outbox retries with backoff (at most about 32 s after 30 s of failures).
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 75_000 });
  client = await connect();
  const stored = await storedProgress(client, [browserPerson.userId, ...people.map((person) => person.userId)]);
  const browserRows = [...stored].filter(([key]) => key.startsWith(`${browserPerson.userId} `));
  expect(Object.fromEntries(browserRows.map(([key, mark]) => [key.split(" ")[2], mark.done]))).toEqual({ "sign-in": false, "open-settings": true, "open-data-privacy": true });
  for (const [key] of browserRows) stored.delete(key);
  expect(progressDifferences(result.expected, stored)).toEqual([]);
  expect(stored.size).toBe(result.expected.size);
  await context.close();
});
