import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { DEFAULT_HINTS, type WatchedSource } from "@/lib/sources/watched-sources";
import { db } from "@/server/db/client";
import { runSourceCycle } from "@/server/sources/run-source-cycle";
import { startScriptedSite, type ScriptedSite } from "@/tests/sources/scripted-site";

// The database refuses one source's check (as a transaction timeout on a busy host would).
vi.mock("@/server/sources/record-check", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/server/sources/record-check")>();
  return {
    ...actual,
    recordCheck: (input: Parameters<typeof actual.recordCheck>[0]) =>
      input.watched.url.endsWith("/refused") ? Promise.reject(new Error("Transaction API error:\nUnable to start a transaction in the given time.")) : actual.recordCheck(input),
  };
});

let site: ScriptedSite;
beforeAll(async () => {
  site = await startScriptedSite();
  const html = `<!doctype html><html lang="en"><body><main><article><h1>Help</h1>${"<p>This article explains how to turn the setting off on the web and in the app, for your whole account.</p>".repeat(4)}</article></main></body></html>`;
  for (const path of ["/a", "/refused", "/b"]) site.pages.set(path, () => html);
});
afterAll(async () => {
  await site.close();
  await db.$disconnect();
});

describe("a watcher cycle when the database refuses one check", () => {
  test("reports that source as skipped with why, and checks the others", async () => {
    const watched: WatchedSource[] = ["/a", "/refused", "/b"].map((path) => ({ url: `${site.base}${path}`, hints: DEFAULT_HINTS, guides: ["g"], anchors: [] }));
    const policy = { userAgent: "OffSwitch-source-watcher/test", timeoutMs: 10_000, maxBytes: 1_000_000, maxRedirects: 0, allowLoopback: true };
    const { results } = await runSourceCycle(watched, { policy, hostGapMs: 0 });
    expect(results.map((result) => [result.url.slice(site.base.length), result.outcome])).toEqual([
      ["/a", "first"],
      ["/b", "first"],
      ["/refused", "skipped"],
    ]);
    expect(results[2]).toMatchObject({ why: "could not record the check (Unable to start a transaction in the given time.)" });
    expect(await db.sourceCheck.count({ where: { source: { url: `${site.base}/refused` } } })).toBe(0);
  });
});
