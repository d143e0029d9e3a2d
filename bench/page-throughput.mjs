/**
 * Throughput of prerendered pages and feeds served by `next start`, beside two baselines measured
 * in the same run: Next's own smallest static route (robots.txt) and bare node:http serving the
 * very same bytes from memory. autocannon on loopback, 10 connections, bounded in time and count;
 * rounds alternate between targets so machine noise hits all of them.
 */
import { createServer } from "node:http";
import { once } from "node:events";
import autocannon from "autocannon";
import { freePort } from "./lib/servers.mjs";
import { heading, median, printTable } from "./lib/format.mjs";

export const title = "Page and feed throughput";
export const needsServer = true;

const CONNECTIONS = 10;
const SECONDS = 5;
const ROUNDS = 3;
const GUIDE = "/guides/linkedin-ai-training";
const PATHS = [GUIDE, "/changes", "/changes/feed.atom", "/changes/feed.json", "/robots.txt"];
/** What a browser sends; Next then compresses every response (gzip, no cache of the result). */
const BROWSER_ENCODING = { "accept-encoding": "gzip, deflate, br, zstd" };
/**
 * Diagnosis rows for the guide page, measured in the same rounds: where its cost goes. proxy.ts
 * is skipped for prefetches (its matcher's `missing` rule), so `Purpose: prefetch` shows the page
 * without the proxy; the Accept-Encoding rows show what compression costs per request.
 */
const DIAGNOSIS = [
  { name: `next ${GUIDE}, browser Accept-Encoding`, path: GUIDE, headers: BROWSER_ENCODING },
  { name: `next ${GUIDE}, proxy skipped (Purpose: prefetch)`, path: GUIDE, headers: { purpose: "prefetch" } },
  { name: "next /robots.txt, browser Accept-Encoding", path: "/robots.txt", headers: BROWSER_ENCODING },
];

let current;
export function abort() {
  current?.stop();
}

function measure(url, headers = {}) {
  return new Promise((resolve, reject) => {
    // Bounded by time (autocannon ignores duration once amount is set); SECONDS x the best rate bounds the count.
    current = autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS }, (error, result) => {
      current = undefined;
      if (error) reject(error);
      else resolve({ rps: result.requests.average, p99: result.latency.p99, bad: result.non2xx + result.errors, bytesPerRequest: result.throughput.total / Math.max(1, result.requests.total) });
    });
  });
}

/** Serves one fixed response from memory: the ceiling for those bytes on this machine. */
async function bareServer(body, contentType) {
  const port = await freePort();
  const server = createServer((_request, response) => response.writeHead(200, { "content-type": contentType }).end(body));
  server.listen(port, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function run({ baseUrl, reportMiss }) {
  heading(`${title}: ${CONNECTIONS} connections, medians of ${ROUNDS} x ${SECONDS} s`);
  const targets = [];
  const bare = [];
  for (const path of PATHS) {
    const response = await fetch(`${baseUrl}${path}`);
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    targets.push({ name: `next ${path}`, url: `${baseUrl}${path}`, bytes: body.length });
    if (path !== "/robots.txt") {
      const server = await bareServer(body, response.headers.get("content-type") ?? "text/html");
      bare.push(server);
      targets.push({ name: `bare node, same bytes as ${path}`, url: server.url, bytes: body.length });
    }
  }
  for (const row of DIAGNOSIS) targets.push({ name: row.name, url: `${baseUrl}${row.path}`, headers: row.headers });
  const samples = new Map(targets.map((target) => [target.name, []]));
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const target of targets) samples.get(target.name).push(await measure(target.url, target.headers));
    }
  } finally {
    await Promise.all(bare.map((server) => server.stop()));
  }
  const result = targets.map((target) => {
    const runs = samples.get(target.name);
    // Bytes on the wire per response (headers included), so compressed rows show their real size.
    const bytes = target.bytes ?? Math.round(median(runs.map((r) => r.bytesPerRequest)));
    return { ...target, bytes, rps: median(runs.map((r) => r.rps)), p99: median(runs.map((r) => r.p99)), bad: runs.reduce((sum, r) => sum + r.bad, 0) };
  });
  const robots = result.find((row) => row.name === "next /robots.txt");
  printTable(
    ["target", "bytes", "req/s", "p99 ms", "non-2xx", "vs next /robots.txt"],
    result.map((row) => [row.name, String(row.bytes), row.rps.toFixed(0), row.p99.toFixed(0), String(row.bad), `${(row.rps / robots.rps).toFixed(2)}x`]),
  );
  const guide = result.find((row) => row.name === `next ${GUIDE}`);
  if (guide && guide.rps < 0.9 * robots.rps) {
    reportMiss(`guide page ${guide.rps.toFixed(0)} req/s is ${(guide.rps / robots.rps).toFixed(2)}x Next's static robots.txt (< 0.9x)`);
  }
  for (const row of result) if (row.bad > 0) reportMiss(`${row.name}: ${row.bad} non-2xx responses or errors`);
  return result;
}
