import { afterAll, beforeAll, expect, inject, test, vi } from "vitest";
import { openMailSink, type MailSink } from "@/tests/integration/mail-sink";
import { countSentDeliveries, openWorkerDatabase, publishChange, seedGuideAndSubscribers, startWorker, stopWorker } from "@/tests/integration/worker-harness";
import { ensureProductionBuild, newAuthSecret, startAppInstance, syncContent, type AppInstance } from "@/tests/load/app-instance";
import { createSignedInPeople, knownStepsIn, type SignedInPerson, type StoredMark } from "@/tests/load/signed-in-people";
import { runTickLoad } from "@/tests/load/tick-load";

/**
 * Scale out on one machine: two production app instances on two ports and two alert workers, all
 * on one database, as they would run behind a load balancer. The instances share nothing but
 * Postgres (sessions, progress, rate limits and the queue all live there).
 */
let database: Awaited<ReturnType<typeof openWorkerDatabase>>;
let instances: AppInstance[] = [];
let sink: MailSink;

beforeAll(async () => {
  await ensureProductionBuild(inject("adminDatabaseUrl"));
  database = await openWorkerDatabase(inject("adminDatabaseUrl"));
  syncContent(database.url);
  sink = await openMailSink("scale-out");
  // One secret for both, as behind a load balancer: either instance must accept the other's cookies.
  const authSecret = newAuthSecret();
  instances = [await startAppInstance({ databaseUrl: database.url, authSecret }), await startAppInstance({ databaseUrl: database.url, authSecret })];
}, 900_000);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await sink?.close();
  await database?.close();
});

async function progressThrough(instance: AppInstance, person: SignedInPerson): Promise<Record<string, Record<string, StoredMark>>> {
  const response = await fetch(`${instance.url}/api/progress`, { headers: { cookie: person.cookie } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { progress: Record<string, Record<string, StoredMark>> }).progress;
}

test("ticks written through either instance are read back through the other", async () => {
  const [first, second] = instances as [AppInstance, AppInstance];
  const people = await createSignedInPeople(database.client, 40, "scale");
  const steps = await knownStepsIn(database.client);
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

test("a fan-out with two workers running is still exactly once", async () => {
  const { client } = database;
  const subscribers = 300;
  const { guideSlug } = await seedGuideAndSubscribers(client, { prefix: "scale-", subscribers });
  // Content sync announced the real changes already (announcedAt), so this is the only new one.
  await client.query(`UPDATE "Change" SET "announcedAt" = now() WHERE "announcedAt" IS NULL`);
  const workers = [startWorker({ databaseUrl: database.url, sink }), startWorker({ databaseUrl: database.url, sink })];
  try {
    await publishChange(client, { id: "2026-11-02-scale", guideSlug, date: "2026-11-02" });
    await vi.waitFor(async () => expect(await countSentDeliveries(client, "2026-11-02-scale")).toBe(subscribers), { timeout: 120_000, interval: 250 });
    // Both workers keep polling for a moment: nothing more may arrive.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  } finally {
    await Promise.all(workers.map((worker) => stopWorker(worker, "SIGTERM")));
  }
  const messages = (await sink.captured()).filter((message) => message.to.some((to) => to.startsWith("scale-reader")));
  const recipients = messages.flatMap((message) => message.to);
  expect(new Set(recipients).size).toBe(subscribers);
  expect(recipients.length).toBe(subscribers); // no kills here, so not even a resend
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Delivery" WHERE "changeId" = '2026-11-02-scale'`);
  expect(rows[0].n).toBe(subscribers);
}, 240_000);
