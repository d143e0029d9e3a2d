import "server-only";
import { createHash } from "node:crypto";
import { captureVerdict } from "@/lib/sources/capture-verdict";
import { extractMainText } from "@/lib/sources/extract-text";
import { normaliseText } from "@/lib/sources/normalise-text";
import { hintsKey, type WatchedSource } from "@/lib/sources/watched-sources";
import { db } from "@/server/db/client";
import type { Source } from "@/server/db/generated/client";
import { env } from "@/server/env";
import { ChromiumFetcher } from "@/server/sources/chromium-fetch";
import { politeGet, type FetchPolicy, type HttpResult } from "@/server/sources/http-fetch";
import { recordCheck, type Capture, type RecordedCheck } from "@/server/sources/record-check";
import { readRobots, type RobotsRules } from "@/server/sources/robots";

export type CycleOptions = {
  policy: FetchPolicy;
  /** The least time between two requests to one host (robots.txt Crawl-delay can raise it). */
  hostGapMs: number;
  /** Hosts checked at the same time; each host still gets one request at a time. */
  hostConcurrency?: number;
  now?: () => Date;
  onResult?: (result: SourceResult, done: number, total: number) => void;
};

export type SourceResult = RecordedCheck & { url: string; fetcher: "http" | "chromium" } | { url: string; outcome: "skipped"; why: string; flags: []; fetcher?: undefined };

export type CycleSummary = { results: SourceResult[]; chromiumLaunches: number; durationMs: number };

export function defaultFetchPolicy(): FetchPolicy {
  return {
    userAgent: `Mozilla/5.0 (compatible; OffSwitch-source-watcher/1; +${env.SOURCES_CONTACT_URL})`,
    timeoutMs: 20_000,
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    allowLoopback: env.SOURCES_ALLOW_LOOPBACK,
  };
}

/**
 * One watcher cycle (docs/decisions/0012-source-fetch-policy.md): every watched source is
 * fetched politely (robots.txt, one request at a time per host with a gap, conditional GET,
 * Retry-After), its main text extracted and judged, and the result stored by recordCheck.
 * Chromium is launched at most once for the whole cycle.
 */
export async function runSourceCycle(watched: readonly WatchedSource[], options: CycleOptions): Promise<CycleSummary> {
  const started = Date.now();
  const now = options.now ?? (() => new Date());
  const rows = await ensureSources(watched);
  const chromium = new ChromiumFetcher(options.policy);
  const results: SourceResult[] = [];
  const byHost = new Map<string, WatchedSource[]>();
  for (const source of watched) {
    const host = new URL(source.url).host;
    byHost.set(host, [...(byHost.get(host) ?? []), source]);
  }
  const publish = (result: SourceResult) => {
    results.push(result);
    options.onResult?.(result, results.length, watched.length);
  };

  const hosts = [...byHost.entries()];
  let nextHost = 0;
  const hostWorker = async () => {
    while (nextHost < hosts.length) {
      const [, sources] = hosts[nextHost++] as [string, WatchedSource[]];
      let robots: RobotsRules | undefined;
      let waitUntil = 0;
      let hostBlockedUntil: Date | undefined;
      for (const watchedSource of sources) {
        const row = rows.get(watchedSource.url) as Source;
        const at = now();
        if (hostBlockedUntil) {
          publish({ url: watchedSource.url, outcome: "skipped", why: `the host asked us to wait (Retry-After) until ${hostBlockedUntil.toISOString()}`, flags: [] });
          continue;
        }
        if (row.retryAfter && row.retryAfter > at) {
          publish({ url: watchedSource.url, outcome: "skipped", why: `waiting until ${row.retryAfter.toISOString()} (Retry-After, or backoff after ${row.consecutiveFailures} failures)`, flags: [] });
          continue;
        }
        await sleep(waitUntil - Date.now());
        if (!robots) {
          robots = await readRobots(new URL(watchedSource.url).origin, options.policy);
          // robots.txt is a request to the host too: the gap applies after it as well.
          await sleep(Math.max(options.hostGapMs, robots.crawlDelayMs ?? 0));
        }
        const gap = Math.max(options.hostGapMs, robots.crawlDelayMs ?? 0);
        const t0 = Date.now();
        const { capture, fetcher } = robots.isAllowed(watchedSource.url)
          ? await fetchAndRead(watchedSource, row, chromium, options.policy, gap)
          : { capture: { kind: "failed", why: robots.note ?? "robots.txt disallows OffSwitch", retryable: false } as Capture, fetcher: "http" as const };
        waitUntil = Date.now() + gap;
        if (capture.kind === "failed" && capture.retryAfterMs !== undefined) hostBlockedUntil = new Date(now().getTime() + capture.retryAfterMs);
        // One source the database could not take (a timeout on a busy host) must not cost the
        // rest of the cycle; its state is untouched, so the next cycle simply checks it again.
        const recorded = await recordCheck({ source: row, watched: watchedSource, hintsHash: hashOf(hintsKey(watchedSource.hints)), capture, fetcher, durationMs: Date.now() - t0, now: now() }).catch(
          (error: unknown) => ({ notStored: error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) ?? "unknown error" : String(error) }),
        );
        if ("notStored" in recorded) publish({ url: watchedSource.url, outcome: "skipped", why: `could not record the check (${recorded.notStored})`, flags: [] });
        else publish({ url: watchedSource.url, fetcher, ...recorded });
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.hostConcurrency ?? 4, hosts.length) }, hostWorker));
  } finally {
    await chromium.close();
  }
  results.sort((a, b) => a.url.localeCompare(b.url));
  return { results, chromiumLaunches: chromium.launches, durationMs: Date.now() - started };
}

async function fetchAndRead(watched: WatchedSource, row: Source, chromium: ChromiumFetcher, policy: FetchPolicy, gapMs: number): Promise<{ capture: Capture; fetcher: "http" | "chromium" }> {
  // Validators only when a 304 can be answered from what is stored under the same hints.
  const conditional = row.currentVersionId !== null && row.hintsHash === hashOf(hintsKey(watched.hints));
  const http = await politeGet(watched.url, policy, conditional ? { etag: row.etag, lastModified: row.lastModified } : {});
  if (http.kind !== "ok") return { capture: toCapture(http), fetcher: "http" };
  const read = readCapture(http.body, watched);
  if (!watched.hints.needsJavaScript && !(read.kind === "failed" && read.botWall)) {
    return { capture: read.kind === "text" ? { ...read, etag: http.etag, lastModified: http.lastModified } : read, fetcher: "http" };
  }
  // Rendered from the address plain HTTP ended at, so redirects were already checked hop by hop;
  // the render is another request to the host, so it waits the gap too.
  await sleep(gapMs);
  const rendered = await chromium.get(http.finalUrl);
  if (rendered.kind !== "ok") return { capture: toCapture(rendered), fetcher: "chromium" };
  if (new URL(rendered.finalUrl).host !== new URL(http.finalUrl).host) return { capture: { kind: "failed", why: `browser was sent to another host (${new URL(rendered.finalUrl).host})`, retryable: false }, fetcher: "chromium" };
  return { capture: readCapture(rendered.body, watched), fetcher: "chromium" };
}

function readCapture(html: string, watched: WatchedSource): Capture & { botWall?: boolean } {
  const page = extractMainText(html, watched.hints);
  const verdict = captureVerdict(page, watched.hints.lang, { selector: watched.hints.selector });
  if (!verdict.ok) return { kind: "failed", why: verdict.why, retryable: true, botWall: verdict.botWall };
  return { kind: "text", text: normaliseText(page.text) };
}

function toCapture(result: Exclude<HttpResult, { kind: "ok" }>): Capture {
  if (result.kind === "not-modified") return { kind: "not-modified" };
  return { kind: "failed", why: result.why, status: result.status, retryAfterMs: result.retryAfterMs, retryable: result.retryable };
}

async function ensureSources(watched: readonly WatchedSource[]): Promise<Map<string, Source>> {
  const urls = watched.map((source) => source.url);
  // A new source starts with the hints it is first read with, so its first check is "first", not "rehinted".
  await db.source.createMany({ data: watched.map((source) => ({ url: source.url, hintsHash: hashOf(hintsKey(source.hints)) })), skipDuplicates: true });
  const rows = await db.source.findMany({ where: { url: { in: urls } } });
  return new Map(rows.map((row) => [row.url, row]));
}

function hashOf(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 16);
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
