/**
 * Progress saves per second and p50/p99 latency through the whole HTTP stack (`POST
 * /api/progress` under `next start`: proxy, route, zod, Auth.js database session, content check,
 * upsert), driven by autocannon on loopback. Baseline: the same upsert statement sent with raw
 * `pg` into the same throwaway database in the same run. Raw and HTTP alternate round by round so
 * machine noise hits both; medians are reported. Budget (issue): HTTP >= 0.35x raw, p99 <= 250 ms
 * with 10 concurrent clients. Every measurement is bounded in time and in count.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import pg from "pg";
import { heading, median, printTable } from "./lib/format.mjs";
import { openBenchDatabase, startNextWithEnv } from "./lib/bench-database.mjs";

export const title = "Progress saves";
export const needsServer = false;

const CLIENTS = 10;
const ROUNDS = Number(process.env.BENCH_PROGRESS_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_PROGRESS_SECONDS ?? 10);
const MAX_OPS = 100_000; // per measurement: keeps a much faster machine bounded too
const WARMUP_REQUESTS = 1000;
const BATCH_MARKS = 20;
const BUDGET = { ratio: 0.35, p99Ms: 250 };
// Published step ids never change (ARCHITECTURE §2), so hard-coding them is safe; a refused id fails the first check.
const STEPS = [
  ...["sign-in", "open-settings", "open-data-privacy", "find-generative-ai-setting", "turn-off-ai-training"].map((step) => ["linkedin-ai-training", step]),
  ...["follow-policy-changes", "audit-what-you-share", "review-connected-apps", "adjust-privacy-controls", "set-a-reminder"].map((step) => ["review-privacy-settings", step]),
];

// The statement of server/progress/progress-store.ts, so the baseline differs only by the stack around it.
const UPSERT = `
  INSERT INTO "StepProgress" ("userId", "guideSlug", "stepId", "done", "markedAt", "doneAt", "updatedAt")
  SELECT $1, t.guide, t.step, t.done, t.marked_at, CASE WHEN t.done THEN t.marked_at END, now()
  FROM unnest($2::text[], $3::text[], $4::boolean[], $5::timestamptz[]) AS t(guide, step, done, marked_at)
  ON CONFLICT ("userId", "guideSlug", "stepId") DO UPDATE SET
    "done" = EXCLUDED."done",
    "markedAt" = EXCLUDED."markedAt",
    "doneAt" = CASE WHEN EXCLUDED."done" THEN EXCLUDED."markedAt" ELSE "StepProgress"."doneAt" END,
    "updatedAt" = now()
  WHERE "StepProgress"."markedAt" < EXCLUDED."markedAt"`;

const aborters = new Set();
/** Called by run.mjs on Ctrl-C: stops autocannon, the workers and the server we started. */
export function abort() {
  for (const stop of aborters) stop();
}

/** `count` marks stamped now; in a batch each step comes twice (untick, then tick), like a replayed outbox. */
function marksFor(seq, count) {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const [guide, step] = STEPS[(seq * count + i) % STEPS.length];
    const second = i >= STEPS.length;
    return { guide, step, done: count === 1 || second, at: new Date(now - (count > 1 && !second ? 1 : 0)).toISOString() };
  });
}

/** What saveStepMarks sends for a batch: collapsed to the latest mark per step, as columns. */
function upsertParams(userId, marks) {
  const rows = [...new Map(marks.map((mark) => [`${mark.guide}/${mark.step}`, mark])).values()];
  return [userId, rows.map((r) => r.guide), rows.map((r) => r.step), rows.map((r) => r.done), rows.map((r) => r.at)];
}

const percentile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : null);

/** Raw baseline: one pg client per simulated person, each upserting back to back. */
async function measureRaw(pool, users, { marksPerOp = 1, seconds = SECONDS } = {}) {
  const latencies = [];
  let stopped = false;
  const stop = () => (stopped = true);
  aborters.add(stop);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(users.map(async (user) => {
    for (let seq = 0; !stopped && performance.now() < deadline && latencies.length < MAX_OPS; seq++) {
      const params = upsertParams(user.id, marksFor(seq, marksPerOp));
      const sent = performance.now();
      await pool.query(UPSERT, params);
      latencies.push(performance.now() - sent);
    }
  }));
  aborters.delete(stop);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: (latencies.length * marksPerOp) / elapsed, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), ops: latencies.length, failed: 0 };
}

/**
 * HTTP: autocannon with one keep-alive connection per person, each with its own cookie and fresh
 * marks. Signed out, the same request is refused with 401 before any query: the stack's floor.
 */
async function measureHttp(baseUrl, users, { marksPerOp = 1, amount, signedIn = true } = {}) {
  let connections = 0;
  const requestFor = (user) => {
    let seq = 0;
    const headers = { "content-type": "application/json", ...(signedIn && { cookie: `authjs.session-token=${user.token}` }) };
    return { method: "POST", path: "/api/progress", setupRequest: (request) => ({ ...request, headers, body: JSON.stringify({ marks: marksFor(seq++, marksPerOp) }) }) };
  };
  const instance = autocannon({
    url: baseUrl,
    connections: CLIENTS,
    requests: [requestFor(users[0])],
    // Called once per connection before it sends anything: pins that connection to one person.
    setupClient: (client) => client.setRequests([requestFor(users[connections++ % users.length])]),
    ...(amount ? { amount } : { duration: SECONDS, maxOverallRequests: MAX_OPS }),
  });
  const stop = () => instance.stop();
  aborters.add(stop);
  const result = await instance;
  aborters.delete(stop);
  const ops = result.requests.total;
  const expected = signedIn ? 0 : (result.statusCodeStats[401]?.count ?? 0);
  return {
    perSecond: (ops * marksPerOp) / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ops,
    failed: result.non2xx - expected + result.errors + result.timeouts,
    statusCodes: result.statusCodeStats,
  };
}

async function seedUsers(pool) {
  const users = Array.from({ length: CLIENTS }, (_, i) => ({ id: `bench-user-${i}`, token: randomBytes(32).toString("hex") }));
  // 30 days, as a sign-in creates them: an older one would pay a one-off expiry rewrite, which is not what we measure.
  const expires = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
  const ids = users.map((user) => user.id);
  await pool.query(`INSERT INTO "User" ("id", "email") SELECT id, id || '@bench.invalid' FROM unnest($1::text[]) AS id`, [ids]);
  await pool.query(`INSERT INTO "Session" ("sessionToken", "userId", "expires") SELECT *, $3::timestamptz FROM unnest($1::text[], $2::text[])`, [users.map((user) => user.token), ids, expires]);
  return users;
}

/** One real save before measuring, so a refused request fails loudly instead of timing errors; returns its ms. */
async function checkOneSave(baseUrl, user) {
  const sent = performance.now();
  const headers = { "content-type": "application/json", cookie: `authjs.session-token=${user.token}` };
  const response = await fetch(`${baseUrl}/api/progress`, { method: "POST", headers, body: JSON.stringify({ marks: marksFor(0, 1) }) });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST /api/progress answered ${response.status}: ${text.slice(0, 500)}`);
  return performance.now() - sent;
}

const fmt = (value, digits = 0) => (value == null ? "-" : value.toFixed(digits));
const sum = (values) => values.reduce((a, b) => a + b, 0);
const summarize = (runs) => ({
  ...Object.fromEntries(["perSecond", "p50", "p99"].map((key) => [key, median(runs.map((r) => r[key]))])),
  ops: sum(runs.map((r) => r.ops)),
  failed: sum(runs.map((r) => r.failed)),
});

export async function run({ root, reportMiss }) {
  const database = await openBenchDatabase(root, "bench_progress");
  let pool;
  let app;
  try {
    pool = new pg.Pool({ connectionString: database.url, max: CLIENTS });
    // An idle client cut off by the server (say, by the forced drop at the end) must not crash the harness; query errors still reject.
    pool.on("error", () => {});
    aborters.add(() => void pool.end().catch(() => {}));
    const users = await seedUsers(pool);
    // Auth.js trusts the Host header here (trustHost), so no AUTH_URL is needed for session reads.
    app = await startNextWithEnv(root, { DATABASE_URL: database.url, AUTH_SECRET: randomBytes(32).toString("base64") });
    aborters.add(() => void app.stop());
    const firstSaveMs = await checkOneSave(app.url, users[0]);
    const warmup = await measureHttp(app.url, users, { amount: WARMUP_REQUESTS }); // content compile, JIT, Prisma's pool, Postgres's caches
    if (warmup.failed) throw new Error(`warm-up: ${warmup.failed} of ${WARMUP_REQUESTS} saves failed ${JSON.stringify(warmup.statusCodes)}; server output:\n${app.output().slice(-2000)}`);
    await measureRaw(pool, users, { seconds: 2 });

    const raw = [];
    const http = [];
    for (let round = 0; round < ROUNDS; round++) {
      raw.push(await measureRaw(pool, users));
      http.push(await measureHttp(app.url, users));
    }
    const rawBatch = await measureRaw(pool, users, { marksPerOp: BATCH_MARKS });
    const httpBatch = await measureHttp(app.url, users, { marksPerOp: BATCH_MARKS });
    const signedOut = await measureHttp(app.url, users, { signedIn: false });
    const single = { raw: summarize(raw), http: summarize(http) };
    const ratio = single.http.perSecond / single.raw.perSecond;
    const batchRatio = httpBatch.perSecond / rawBatch.perSecond;

    heading(`${title}, ${CLIENTS} concurrent clients, loopback, medians of ${ROUNDS} x ${SECONDS} s`);
    console.log(`database ${database.name} on ${database.host}; server ${app.url}; first save after start ${fmt(firstSaveMs)} ms (cold)`);
    const row = (label, r, rate) => [label, fmt(r.perSecond), fmt(r.p50, 1), fmt(r.p99, 1), r.ops, r.failed, rate];
    printTable(
      ["measurement", "saves/s", "p50 ms", "p99 ms", "ops", "non-2xx/err", "vs raw"],
      [
        row("raw pg upsert, 1 mark/statement (baseline)", single.raw, "1.00x"),
        row("POST /api/progress, 1 mark/request", single.http, `${ratio.toFixed(2)}x`),
        row(`raw pg upsert, ${BATCH_MARKS} marks/statement (context)`, rawBatch, "1.00x"),
        row(`POST /api/progress, ${BATCH_MARKS} marks/request (context)`, httpBatch, `${batchRatio.toFixed(2)}x`),
        row("POST /api/progress signed out, 401, no query (floor)", signedOut, `${(signedOut.perSecond / single.raw.perSecond).toFixed(2)}x`),
      ],
    );
    console.log(`per round (saves/s raw | http): ${raw.map((r, i) => `${fmt(r.perSecond)} | ${fmt(http[i].perSecond)}`).join(", ")}`);
    console.log(`context and floor rows: one ${SECONDS} s run each. Batch rows count marks: ${BATCH_MARKS} marks are ${STEPS.length} steps twice, saved as ${STEPS.length} rows.`);
    console.log("floor row: requests/s refused (401) after proxy, route, zod and Auth.js ran, before any query; its 401s are not counted as errors.");
    const { rows } = await pool.query(`SELECT count(*)::int AS n, max("markedAt") AS latest FROM "StepProgress"`);
    console.log(`StepProgress rows: ${rows[0].n} (expected ${CLIENTS * STEPS.length}); latest markedAt ${rows[0].latest?.toISOString()}`);

    if (single.http.failed > 0) reportMiss(`progress saves: ${single.http.failed} HTTP requests failed (codes ${JSON.stringify(http.map((r) => r.statusCodes))})`);
    if (ratio < BUDGET.ratio) {
      reportMiss(`progress saves: HTTP ${fmt(single.http.perSecond)}/s is ${ratio.toFixed(2)}x raw ${fmt(single.raw.perSecond)}/s < ${BUDGET.ratio}x (${fmt(BUDGET.ratio * single.raw.perSecond - single.http.perSecond)}/s short)`);
    }
    if (single.http.p99 > BUDGET.p99Ms) reportMiss(`progress saves: HTTP p99 ${fmt(single.http.p99, 1)} ms > ${BUDGET.p99Ms} ms (${fmt(single.http.p99 - BUDGET.p99Ms, 1)} ms over)`);
    return { clients: CLIENTS, rounds: ROUNDS, seconds: SECONDS, budget: BUDGET, ratio, firstSaveMs, single, runs: { raw, http }, batch: { marks: BATCH_MARKS, raw: rawBatch, http: httpBatch, ratio: batchRatio }, signedOut };
  } finally {
    await app?.stop();
    await pool?.end().catch(() => {});
    await database.close();
  }
}
