/**
 * `DATABASE_URL=<a migrated scratch database> npx tsx --conditions=react-server bench/source-cycle.ts [sources]`
 * One watcher cycle over N (default 1,000) distinct pages on loopback, spread over 10 hosts
 * (127.0.0.1-10), no gap; then a second and a third cycle with nothing changed. Prints time,
 * peak memory and rows written per cycle: with nothing changed a cycle must add no version rows,
 * only one SourceCheck row per source. Prints figures; never passes or fails on time.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_HINTS, type WatchedSource } from "@/lib/sources/watched-sources";
import { db } from "@/server/db/client";
import { runSourceCycle } from "@/server/sources/run-source-cycle";

const count = Number(process.argv[2] ?? 1000);
const body = (n: number) => `<!doctype html><html lang="en"><head><title>Help ${n}</title></head><body><main><article><h1>Help article ${n}</h1>${"<p>This article explains how the platform uses the information you give it and how to change the setting on the web and in the app. Last updated: 3 days ago.</p>".repeat(8)}</article></main></body></html>`;
const servers: Server[] = [];
const bases: string[] = [];
for (let host = 1; host <= 10; host += 1) {
  const server = createServer((request, response) => {
    if (request.url === "/robots.txt") return void response.writeHead(404).end();
    response.writeHead(200, { "Content-Type": "text/html" }).end(body(Number(request.url?.slice(1))));
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
console.log(`nothing changed for a month at 2 cycles a day: ${count * 60} SourceCheck rows, 0 SourceVersion rows, 0 review items`);
for (const server of servers) server.close();
await db.$disconnect();
