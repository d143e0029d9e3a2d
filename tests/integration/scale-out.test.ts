import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, inject, test, vi } from "vitest";
import { applyMigrations } from "@/server/db/migrate";
import { listCapturedMail } from "@/server/mail/captured-mail";
import { startMailCatcher, type MailCatcher } from "@/scripts/mail-catcher.mjs";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-database";
import { ensureProductionBuild, newAuthSecret, startAppInstance, syncContent, type AppInstance } from "@/tests/load/app-instance";
import { createSignedInPeople, knownStepsIn, type SignedInPerson, type StoredMark } from "@/tests/load/signed-in-people";
import { runTickLoad } from "@/tests/load/tick-load";

/**
 * Scale out on one machine: two production app instances on two ports and two alert workers, all
 * on one database, as they would run behind a load balancer. The instances share nothing but
 * Postgres (sessions, progress, rate limits and the queue all live there).
 */
let database: TestDatabase;
let client: pg.Client;
let instances: AppInstance[] = [];
let catcher: MailCatcher;
let mailDir: string;

beforeAll(async () => {
  await ensureProductionBuild();
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  await applyMigrations(database.url);
  syncContent(database.url);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  mailDir = await mkdtemp(path.join(tmpdir(), "offswitch-scale-out-"));
  catcher = await startMailCatcher({ port: 0, dir: mailDir, maxMessages: 100_000 });
  // One secret for both, as behind a load balancer: either instance must accept the other's cookies.
  const authSecret = newAuthSecret();
  instances = [await startAppInstance({ databaseUrl: database.url, authSecret }), await startAppInstance({ databaseUrl: database.url, authSecret })];
}, 900_000);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await client?.end();
  await catcher?.close();
  if (mailDir) await rm(mailDir, { recursive: true, force: true });
  await database?.drop();
});

async function progressThrough(instance: AppInstance, person: SignedInPerson): Promise<Record<string, Record<string, StoredMark>>> {
  const response = await fetch(`${instance.url}/api/progress`, { headers: { cookie: person.cookie } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { progress: Record<string, Record<string, StoredMark>> }).progress;
}

test("ticks written through either instance are read back through the other", async () => {
  const [first, second] = instances as [AppInstance, AppInstance];
  const people = await createSignedInPeople(client, 40, "scale");
  const steps = await knownStepsIn(client);
  // Requests alternate between the instances, so most people's ticks go through both.
  const load = await runTickLoad({ people, steps, baseUrls: [first.url, second.url], durationMs: 10_000, maxInFlight: 8, thinkMs: 300 });
  expect(load.errors.slice(0, 5)).toEqual([]);
  expect(load.requests).toBeGreaterThanOrEqual(people.length);

  for (const [index, person] of people.entries()) {
    const expected: Record<string, Record<string, StoredMark>> = {};
    for (const [key, mark] of load.expected) {
      const [userId, guide, step] = key.split(" ") as [string, string, string];
      if (userId === person.userId) (expected[guide] ??= {})[step] = mark;
    }
    // Read through one instance or the other: both see every write.
    expect(await progressThrough(index % 2 ? first : second, person)).toEqual(expected);
    expect(await progressThrough(index % 2 ? second : first, person)).toEqual(expected);
  }

  // One explicit round trip each way.
  const [person] = people as [SignedInPerson];
  const at = new Date().toISOString();
  const [{ guide, step }] = steps as [{ guide: string; step: string }];
  for (const [writer, reader] of [
    [first, second],
    [second, first],
  ] as const) {
    const done = writer === first;
    const save = await fetch(`${writer.url}/api/progress`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: person.cookie },
      body: JSON.stringify({ marks: [{ guide, step, done, at: new Date(Date.parse(at) + (done ? 0 : 1)).toISOString() }] }),
    });
    expect(save.status).toBe(200);
    expect((await progressThrough(reader, person))[guide]?.[step]?.done).toBe(done);
  }
}, 120_000);

function startWorker(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: database.url, SMTP_URL: "", MAIL_CATCHER_SMTP_PORT: String(catcher.port), SITE_URL: "https://offswitch.example" },
    stdio: "ignore",
  });
}

test("a fan-out with two workers running is still exactly once", async () => {
  const subscribers = 300;
  await client.query(`INSERT INTO "Guide" (slug, title, platform, "lastVerified", "syncedAt") VALUES ('scale-g', 'Guide', 'scale-p', '2026-10-30', now())`);
  await client.query(
    `INSERT INTO "Subscription" (id, email, scope, cadence, "confirmedAt", "unsubscribeTokenHash")
     SELECT 'scale-s' || n, 'scale-reader' || n || '@example.test', 'all', 'immediate', now(), 'scale-hash' || n FROM generate_series(1, ${subscribers}) n`,
  );
  // Content sync announced the real changes already (announcedAt), so this is the only new one.
  await client.query(`UPDATE "Change" SET "announcedAt" = now() WHERE "announcedAt" IS NULL`);
  const workers = [startWorker(), startWorker()];
  try {
    await client.query(
      `INSERT INTO "Change" (id, "guideSlug", date, kind, severity, title, summary, "touchesAllSteps", "stepIds") VALUES ('2026-11-02-scale', 'scale-g', '2026-11-02', 'setting-moved', 'action-needed', 'Moved', 'It moved.', true, '{}')`,
    );
    await vi.waitFor(
      async () => {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Delivery" WHERE "changeId" = '2026-11-02-scale' AND status = 'sent'`);
        expect(rows[0].n).toBe(subscribers);
      },
      { timeout: 120_000, interval: 250 },
    );
    // Both workers keep polling for a moment: nothing more may arrive.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  } finally {
    for (const worker of workers) worker.kill("SIGTERM");
    await Promise.all(workers.map((worker) => new Promise((resolve) => (worker.exitCode === null ? worker.once("exit", resolve) : resolve(null)))));
  }
  const messages = (await listCapturedMail({ dir: mailDir, limit: 100_000 })).filter((message) => message.to.some((to) => to.startsWith("scale-reader")));
  const recipients = messages.flatMap((message) => message.to);
  expect(new Set(recipients).size).toBe(subscribers);
  expect(recipients.length).toBe(subscribers); // no kills here, so not even a resend
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Delivery" WHERE "changeId" = '2026-11-02-scale'`);
  expect(rows[0].n).toBe(subscribers);
}, 240_000);
