/**
 * Alert fan-out: one change fanned out to 10,000 and to 100,000 confirmed subscribers in a
 * throwaway database, sent into an SMTP sink on loopback (smtp-server, discarding messages).
 * Prints the time to enqueue (fanOutChange: one INSERT … SELECT), emails per second through the
 * real send path (claim with SKIP LOCKED, build the email with a fresh unsubscribe token, SMTP,
 * record the outcome), and the sink's own ceiling measured in the same run: a bare nodemailer loop
 * with the same transport settings, before and after. Sending 100,000 would take far longer than
 * a bench should, so emails/s comes from a bounded sample, and the output says how big it was.
 * Budget (issue 5): 10,000 deliveries enqueued in at most 10 s. Figures only, never pass/fail.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { heading, printTable } from "./lib/format.mjs";
import { openBenchDatabase } from "./lib/bench-database.mjs";

export const title = "Alert fan-out";
export const needsServer = false;

const SIZES = (process.env.BENCH_FANOUT_SIZES ?? "10000,100000").split(",").map(Number);
const SAMPLE_EMAILS = Number(process.env.BENCH_FANOUT_SAMPLE ?? 2000);
const SAMPLE_SECONDS = Number(process.env.BENCH_FANOUT_SECONDS ?? 30);
const BUDGET = { subscribers: 10_000, enqueueMs: 10_000 };

let sink;
export function abort() {
  sink?.close();
}

/** An SMTP server that accepts everything and keeps nothing but a count. */
async function startSink() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    // No DNS on these machines: a reverse lookup per connection would dominate the timings.
    disableReverseLookup: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 1024 * 1024,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  return { port: server.server.address().port, received: () => received, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Runs one driver command; asynchronously, since the sink in this process must keep answering meanwhile. */
async function drive(root, env, ...args) {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const { stdout } = await promisify(execFile)(tsx, ["--conditions=react-server", "bench/lib/alert-fan-out-driver.ts", ...args.map(String)], {
    cwd: root,
    env: { ...process.env, ...env },
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1));
}

/** Confirmed "all changes" subscriptions numbered from..to-1, written in one statement. */
async function addSubscribers(client, from, to) {
  await client.query(
    `INSERT INTO "Subscription" ("id", "email", "scope", "cadence", "confirmedAt", "unsubscribeTokenHash")
     SELECT 'bench-' || i, 'reader-' || i || '@bench.test', 'all', 'immediate', now(), md5('bench-' || i)
     FROM generate_series($1::int, $2::int - 1) AS i`,
    [from, to],
  );
}

export async function run({ root, reportMiss }) {
  const database = await openBenchDatabase(root, "bench_fanout");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  sink = await startSink();
  const env = { DATABASE_URL: database.url, SMTP_URL: `smtp://127.0.0.1:${sink.port}`, SITE_URL: "https://offswitch.example" };
  const rows = [];
  try {
    const { rows: changes } = await client.query(`SELECT "id" FROM "Change" ORDER BY "date", "id" LIMIT $1`, [SIZES.length]);
    if (changes.length < SIZES.length) throw new Error(`content sync wrote ${changes.length} changes; need ${SIZES.length}`);
    let subscribers = 0;
    for (const [index, size] of SIZES.entries()) {
      await addSubscribers(client, subscribers, size);
      subscribers = size;
      await client.query(`DELETE FROM "Delivery"`);
      const fanOut = await drive(root, env, "fan-out", changes[index].id);
      const rawBefore = await drive(root, env, "raw", Math.min(SAMPLE_EMAILS, 500));
      const send = await drive(root, env, "send", SAMPLE_EMAILS, SAMPLE_SECONDS);
      const rawAfter = await drive(root, env, "raw", Math.min(SAMPLE_EMAILS, 500));
      const ceiling = (rawBefore.perSecond + rawAfter.perSecond) / 2;
      rows.push({ size, fanOut, send, ceiling, ratio: send.perSecond / ceiling });
      if (size === BUDGET.subscribers && fanOut.enqueueMs > BUDGET.enqueueMs) {
        reportMiss(`${title}: ${size} deliveries enqueued in ${(fanOut.enqueueMs / 1000).toFixed(1)} s (budget ${BUDGET.enqueueMs / 1000} s)`);
      }
    }
  } finally {
    await client.end();
    await sink.close();
    await database.close();
  }

  heading(`${title}: one change, confirmed subscribers, SMTP sink on loopback, database ${database.host}`);
  printTable(
    ["subscribers", "enqueue s", "deliveries", "notify s", "sample sent", "sample s", "emails/s", "sink ceiling/s", "ratio"],
    rows.map(({ size, fanOut, send, ceiling, ratio }) => [
      size,
      (fanOut.enqueueMs / 1000).toFixed(2),
      fanOut.deliveries,
      (fanOut.notifyMs / 1000).toFixed(2),
      send.sent,
      send.seconds.toFixed(1),
      send.perSecond.toFixed(0),
      ceiling.toFixed(0),
      `${ratio.toFixed(2)}x`,
    ]),
  );
  console.log(`emails/s: a sample of at most ${SAMPLE_EMAILS} emails or ${SAMPLE_SECONDS} s per size, not the whole fan-out; ceiling: a bare nodemailer loop with the app's transport settings (pooled, TCP_NODELAY), mean of before and after`);
  console.log(`budget: ${BUDGET.subscribers} deliveries enqueued in <= ${BUDGET.enqueueMs / 1000} s`);
  return { sizes: rows, sampleEmails: SAMPLE_EMAILS, sampleSeconds: SAMPLE_SECONDS };
}
