/**
 * `DATABASE_URL=<a migrated scratch database> npx tsx --conditions=react-server bench/source-cycle.ts [sources] [month-sources]`
 * One watcher cycle over N (default 1,000) distinct pages on loopback, spread over 10 hosts
 * (127.0.0.1-10), no gap; then a second and a third cycle with nothing changed. Prints time,
 * peak memory and rows written per cycle: with nothing changed a cycle must add no version rows,
 * only one SourceCheck row per source.
 * Then a quiet month, measured: M (default 50) more pages whose stamps, counters and session
 * tokens move on every fetch but whose words do not, checked 60 times (twice a day for 30 days,
 * on a simulated clock); prints the rows added to every table of the database, and the bytes.
 * Prints figures; never passes or fails on time.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_HINTS, type WatchedSource } from "@/lib/sources/watched-sources";
import { db } from "@/server/db/client";
import { runSourceCycle } from "@/server/sources/run-source-cycle";

const count = Number(process.argv[2] ?? 1000);
const monthCount = Number(process.argv[3] ?? 50);
/** A page whose words never change but whose stamp, counter and session token move on every fetch. */
const noisy = (n: number, hit: number) =>
  `<!doctype html><html lang="en"><head><title>Help ${n}</title></head><body><header>Signed out · ${hit % 2 ? "Log in" : "Sign in"}</header><main><article><h1>Quiet article ${n}</h1>${"<p>This article explains how the platform uses the information you give it and how to change the setting on the web and in the app.</p>".repeat(8)}<p>Updated ${1 + (hit % 28)} days ago · ${(1000 + hit * 17).toLocaleString("en-US")} views · Session ${(hit * 2654435761 + 0x9e3779b9).toString(16).padStart(12, "0")}a${n}f9c2e7b1d0</p></article></main><footer>© 2026</footer></body></html>`;
const monthHits = new Map<number, number>();
const body = (n: number) => `<!doctype html><html lang="en"><head><title>Help ${n}</title></head><body><main><article><h1>Help article ${n}</h1>${"<p>This article explains how the platform uses the information you give it and how to change the setting on the web and in the app. Last updated: 3 days ago.</p>".repeat(8)}</article></main></body></html>`;
const servers: Server[] = [];
const bases: string[] = [];
for (let host = 1; host <= 10; host += 1) {
  const server = createServer((request, response) => {
    if (request.url === "/robots.txt") return void response.writeHead(404).end();
    const quiet = request.url?.startsWith("/quiet/");
    const n = Number(request.url?.slice(quiet ? 7 : 1));
    const hit = monthHits.get(n) ?? 0;
    if (quiet) monthHits.set(n, hit + 1);
    response.writeHead(200, { "Content-Type": "text/html" }).end(quiet ? noisy(n, hit) : body(n));
  });
  await new Promise<void>((resolve) => server.listen(0, `127.0.0.${host}`, resolve));
  servers.push(server);
  bases.push(`http://127.0.0.${host}:${(server.address() as AddressInfo).port}`);
}
const watched: WatchedSource[] = Array.from({ length: count }, (_, n) => ({ url: `${bases[n % 10]}/${n}`, hints: DEFAULT_HINTS, guides: [`guide-${n % 50}`], anchors: [{ guide: `guide-${n % 50}`, step: "turn-off", phrase: "change the setting on the web" }] }));
const policy = { userAgent: "OffSwitch-source-watcher/bench", timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, allowLoopback: true };
const rows = async () => ({ versions: await db.sourceVersion.count(), checks: await db.sourceCheck.count(), reviewItems: await db.reviewItem.count() });

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
console.log(`source cycle bench: ${count} sources on 10 loopback hosts, gap 0, 4 hosts at a time`);
console.log("cycle | seconds | sources/s | peak RSS MB | +versions | +checks | +review items | outcomes");
for (let cycle = 1; cycle <= 3; cycle += 1) {
  const before = await rows();
  peak = 0;
  const summary = await runSourceCycle(watched, { policy, hostGapMs: 0 });
  const after = await rows();
  const outcomes: Record<string, number> = {};
  for (const result of summary.results) outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
  console.log(
    `${cycle} | ${(summary.durationMs / 1000).toFixed(1)} | ${(count / (summary.durationMs / 1000)).toFixed(0)} | ${(peak / 1e6).toFixed(0)} | ${after.versions - before.versions} | ${after.checks - before.checks} | ${after.reviewItems - before.reviewItems} | ${JSON.stringify(outcomes)}`,
  );
}
clearInterval(sampler);

// A quiet month: every table's rows before and after 60 cycles (twice a day for 30 days).
const quiet: WatchedSource[] = Array.from({ length: monthCount }, (_, n) => ({ url: `${bases[n % 10]}/quiet/${n}`, hints: DEFAULT_HINTS, guides: [`quiet-${n % 10}`], anchors: [{ guide: `quiet-${n % 10}`, step: "turn-off", phrase: "change the setting on the web" }] }));
const tables = (await db.$queryRawUnsafe<{ name: string }[]>(`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)).map((t) => t.name);
const snapshot = async () => {
  const rowsByTable = new Map<string, number>();
  for (const table of tables) rowsByTable.set(table, Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`select count(*) as n from "${table}"`))[0]?.n ?? 0));
  const bytes = Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`select sum(pg_total_relation_size(quote_ident(table_name)))::bigint as n from information_schema.tables where table_schema = 'public'`))[0]?.n ?? 0);
  return { rowsByTable, bytes };
};
let clock = new Date("2027-01-01T06:00:00Z");
const tick = () => (clock = new Date(clock.getTime() + 12 * 3600_000));
await runSourceCycle(quiet, { policy, hostGapMs: 0, now: () => tick() });
const monthStart = await snapshot();
const outcomes: Record<string, number> = {};
const t0 = Date.now();
for (let cycle = 0; cycle < 60; cycle += 1) {
  const at = tick();
  for (const result of (await runSourceCycle(quiet, { policy, hostGapMs: 0, now: () => at })).results) outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
}
const monthEnd = await snapshot();
await db.$executeRawUnsafe(`vacuum analyze`).catch(() => {});
console.log(`\na quiet month: ${monthCount} pages whose stamps, view counters, session tokens and header wording move on every fetch, 60 cycles (${((Date.now() - t0) / 1000).toFixed(0)} s); outcomes ${JSON.stringify(outcomes)}`);
const added = tables.map((table) => [table, (monthEnd.rowsByTable.get(table) ?? 0) - (monthStart.rowsByTable.get(table) ?? 0)] as const).filter(([, n]) => n !== 0);
console.log(`rows added, every table: ${added.length === 0 ? "none" : added.map(([table, n]) => `${table} +${n}`).join(", ")}`);
const checksAdded = added.find(([table]) => table === "SourceCheck")?.[1] ?? 0;
console.log(`per source per month: ${(checksAdded / monthCount).toFixed(0)} SourceCheck rows and ${added.filter(([table]) => table !== "SourceCheck").reduce((sum, [, n]) => sum + n, 0)} other rows in total; database grew ${((monthEnd.bytes - monthStart.bytes) / 1024).toFixed(0)} kB (${((monthEnd.bytes - monthStart.bytes) / Math.max(1, checksAdded)).toFixed(0)} bytes per check, indexes included)`);
console.log(`at ${count} sources that is ${(count * 60).toLocaleString("en-US")} SourceCheck rows a month (arithmetic from the measured rows per source)`);
for (const server of servers) server.close();
await db.$disconnect();
