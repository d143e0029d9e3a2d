import { lookup } from "node:dns/promises";
import os from "node:os";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_HINTS, type WatchedSource } from "@/lib/sources/watched-sources";
import { db } from "@/server/db/client";
import { guideWatchSentence } from "@/server/sources/guide-watch-status";
import { politeGet, type FetchPolicy } from "@/server/sources/http-fetch";
import { runSourceCycle, type SourceResult } from "@/server/sources/run-source-cycle";
import { HELP_VARIANTS, startFixtureSite, type FixtureSite } from "@/tests/sources/fixture-site";

// Loopback is allowed here only through the policy's explicit switch (off by default everywhere else).
const policy: FetchPolicy = { userAgent: "OffSwitch-source-watcher/test (+https://offswitch.example/watcher)", timeoutMs: 15_000, maxBytes: 200_000, maxRedirects: 5, allowLoopback: true };
let site: FixtureSite;
let limited: FixtureSite;
let clock = new Date("2026-12-01T00:00:00Z");
const tick = () => (clock = new Date(clock.getTime() + 13 * 3600_000));

const source = (url: string, extra: Partial<WatchedSource> = {}): WatchedSource => ({ url, hints: DEFAULT_HINTS, guides: ["example-guide"], anchors: [], ...extra });
const cycle = async (sources: WatchedSource[], gap = 0) => {
  tick();
  const summary = await runSourceCycle(sources, { policy, hostGapMs: gap, now: () => clock });
  return { ...summary, by: (url: string) => summary.results.find((result) => result.url === url) as SourceResult };
};

beforeAll(async () => {
  site = await startFixtureSite("127.0.0.1");
  limited = await startFixtureSite("127.0.0.2");
});
afterAll(async () => {
  await site.close();
  await limited.close();
  await db.$disconnect();
});

describe("a watcher cycle over the loopback fixture site", () => {
  test("classifies every kind of page, fetches politely and launches Chromium once", { timeout: 120_000 }, async () => {
    const u = (path: string) => `${site.base}${path}`;
    const sources = ["/stable", "/flip", "/cookie", "/cookie-banner", "/bot", "/bot-wall", "/js", "/etag", "/big", "/redirect-private", "/redirect-metadata", "/private", "/french", "/missing"].map((path) =>
      source(u(path), path === "/js" ? { hints: { ...DEFAULT_HINTS, needsJavaScript: true } } : path === "/stable" ? { hints: { ...DEFAULT_HINTS, remove: [".feedback"] } } : {}),
    );
    const sourcesOnLimited = [source(`${limited.base}/ratelimited`), source(`${limited.base}/stable`)];
    const first = await cycle([...sources, ...sourcesOnLimited], 100);

    expect(first.by(u("/stable"))).toMatchObject({ outcome: "first", fetcher: "http" });
    expect(first.by(u("/flip")).outcome).toBe("first");
    expect(first.by(u("/etag")).outcome).toBe("first");
    expect(first.by(u("/cookie"))).toMatchObject({ outcome: "failed", why: "cookie wall" });
    expect(first.by(u("/cookie-banner"))).toMatchObject({ outcome: "first", fetcher: "http" });
    expect(first.by(u("/bot"))).toMatchObject({ outcome: "first", fetcher: "chromium" });
    expect(first.by(u("/bot-wall"))).toMatchObject({ outcome: "failed", why: "bot wall", fetcher: "chromium" });
    expect(first.by(u("/js"))).toMatchObject({ outcome: "first", fetcher: "chromium" });
    expect(first.by(u("/big"))).toMatchObject({ outcome: "failed", why: "response larger than 200000 bytes" });
    expect(first.by(u("/redirect-private"))).toMatchObject({ outcome: "failed", why: expect.stringMatching(/^refused: 10\.0\.0\.1 is a private/) });
    expect(first.by(u("/redirect-metadata"))).toMatchObject({ outcome: "failed", why: expect.stringMatching(/^refused: 169\.254\.169\.254 is a private, link-local/) });
    expect(first.by(u("/private"))).toMatchObject({ outcome: "failed", why: "robots.txt disallows OffSwitch" });
    expect(first.by(u("/french"))).toMatchObject({ outcome: "failed", why: 'page is in "fr", expected "en"' });
    expect(first.by(u("/missing"))).toMatchObject({ outcome: "failed", why: "HTTP 404" });
    // 429 with Retry-After: the rest of that host waits, this cycle and (within 120 s) the next.
    expect(first.by(`${limited.base}/ratelimited`)).toMatchObject({ outcome: "failed", why: "HTTP 429" });
    expect(first.by(`${limited.base}/stable`)).toMatchObject({ outcome: "skipped" });
    expect(limited.requests.filter((r) => r.path === "/stable")).toHaveLength(0);
    expect(first.chromiumLaunches).toBe(1);

    // Identification, robots.txt once per host, no request to the disallowed page, the gap between requests.
    const hits = site.requests;
    expect(hits.every((r) => r.headers["user-agent"] === policy.userAgent)).toBe(true);
    expect(hits.filter((r) => r.path === "/robots.txt")).toHaveLength(1);
    expect(hits.some((r) => r.path === "/private")).toBe(false);
    const plain = hits.filter((r) => r.headers["user-agent"] === policy.userAgent);
    for (let i = 1; i < plain.length; i += 1) expect((plain[i]?.at ?? 0) - (plain[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(95);
    const stored = await db.sourceVersion.count({ where: { source: { url: { in: sources.map((s) => s.url) } } } });
    expect(stored).toBe(6);
    expect(await db.sourceCheck.count({ where: { source: { url: u("/cookie") } } })).toBe(1);

    const second = await cycle([...sources, ...sourcesOnLimited]);
    expect(second.by(u("/stable")).outcome).toBe("unchanged");
    expect(second.by(u("/flip")).outcome).toBe("pending");
    expect(second.by(u("/etag")).outcome).toBe("unchanged");
    expect(site.requests.filter((r) => r.path === "/etag").at(-1)?.headers["if-none-match"]).toBe('"v1"');
    expect(second.by(u("/js")).outcome).toBe("unchanged");
    expect(second.by(u("/bot")).outcome).toBe("unchanged");
    // The banner's buttons swapped: the article under it is unchanged.
    expect(second.by(u("/cookie-banner")).outcome).toBe("unchanged");
    expect(second.by(u("/bot-wall"))).toMatchObject({ outcome: "failed", why: "bot wall" });
    // Past the 120 s it asked for, the host is tried again; a second 429 holds the rest of it again.
    expect(second.by(`${limited.base}/ratelimited`)).toMatchObject({ outcome: "failed", why: "HTTP 429" });
    expect(second.by(`${limited.base}/stable`).outcome).toBe("skipped");

    const third = await cycle([...sources, ...sourcesOnLimited]);
    // Flipped back: noise, never a change; the cookie wall has failed three cycles in a row: reported once.
    expect(third.by(u("/flip")).outcome).toBe("unchanged");
    expect(third.by(u("/cookie"))).toMatchObject({ outcome: "failed", reported: true });
    const fourth = await cycle([...sources, ...sourcesOnLimited]);
    expect(fourth.by(u("/cookie"))).toMatchObject({ outcome: "failed", reported: false });
    expect(fourth.results.filter((result) => result.outcome === "changed")).toEqual([]);
    // Nothing changed for four cycles: still six versions (one per page that ever read well), only check rows grew.
    expect(await db.sourceVersion.count({ where: { source: { url: { in: sources.map((s) => s.url) } } } })).toBe(6);
    expect(await db.sourceVersion.count({ where: { source: { url: u("/bot-wall") } } })).toBe(0);
    expect(await db.reviewItem.count({ where: { reason: "source-failing", source: { url: u("/cookie") } } })).toBe(1);
  });

  test("pins a change to the steps whose anchors vanished, and re-reads with new hints without flagging", async () => {
    const url = `${site.base}/help?guide`;
    const anchors = [
      { guide: "help-guide", step: "open-data-privacy", phrase: "Data privacy" },
      { guide: "help-guide", step: "turn-off", phrase: "Use my data for training content creation AI models" },
    ];
    const watched = source(url, { guides: ["help-guide", "other-guide"], anchors });
    site.variants.help = HELP_VARIANTS.original ?? "";
    expect((await cycle([watched])).by(url)).toMatchObject({ outcome: "first", flags: [] });

    // Moved but still present: a change, confirmed on the second fetch, flags the guides at low priority only.
    site.variants.help = HELP_VARIANTS.moved ?? "";
    expect((await cycle([watched])).by(url)).toMatchObject({ outcome: "pending", flags: [] });
    const moved = (await cycle([watched])).by(url);
    expect(moved.outcome).toBe("changed");
    expect(moved.flags.map((flag) => [flag.kind, flag.guide, flag.priority])).toEqual([
      ["source-changed", "help-guide", 100],
      ["source-changed", "other-guide", 100],
    ]);

    // A renamed label: exactly the step that relies on it, high priority.
    site.variants.help = HELP_VARIANTS.renamed ?? "";
    await cycle([watched]);
    const renamed = (await cycle([watched])).by(url);
    expect(renamed).toMatchObject({ outcome: "changed", diff: { addedLines: 2, removedLines: 2 } });
    expect(renamed.flags).toEqual([
      { kind: "anchor-missing", guide: "help-guide", step: "turn-off", phrase: "Use my data for training content creation AI models", priority: 300 },
      { kind: "source-changed", guide: "other-guide", priority: 100 },
    ]);
    const items = await db.reviewItem.findMany({ where: { guideSlug: "help-guide", reason: "anchor-missing" } });
    expect(items.map((item) => [item.stepId, item.priority, item.fromVersionId !== null && item.toVersionId !== null])).toEqual([["turn-off", 300, true]]);

    // A renamed menu label: exactly the step that opens that menu.
    site.variants.help = HELP_VARIANTS.menuRenamed ?? "";
    expect((await cycle([watched])).by(url)).toMatchObject({ outcome: "pending", flags: [] });
    expect((await cycle([watched])).by(url).flags).toEqual([
      { kind: "anchor-missing", guide: "help-guide", step: "open-data-privacy", phrase: "Data privacy", priority: 300 },
      { kind: "source-changed", guide: "other-guide", priority: 100 },
    ]);

    // New hints (a selector and a removed block): the text changes, nothing is flagged.
    const rehinted = { ...watched, hints: { ...DEFAULT_HINTS, selector: "article", remove: ["h1"] } };
    expect((await cycle([rehinted])).by(url)).toMatchObject({ outcome: "rehinted", flags: [] });

    // A removed setting: both steps' anchors gone.
    site.variants.help = HELP_VARIANTS.removed ?? "";
    await cycle([rehinted]);
    const removed = (await cycle([rehinted])).by(url);
    expect(removed.flags.filter((flag) => flag.kind === "anchor-missing").map((flag) => flag.kind === "anchor-missing" && flag.step)).toEqual(["open-data-privacy", "turn-off"]);

    // What the guide page says: the change and exactly the steps being re-checked, by their numbers.
    const guide = { slug: "help-guide", sources: [{ title: "Help", url, publisher: "Example Help", official: true }], steps: [{ id: "sign-in", title: "Sign in" }, { id: "open-data-privacy", title: "Open" }, { id: "turn-off", title: "Turn off" }] };
    expect(await guideWatchSentence(guide)).toMatch(/^Example Help's page changed on [A-Z][a-z]+ \d+, \d{4}; we are re-checking steps 2 and 3\.$/);
    await db.reviewItem.updateMany({ where: { guideSlug: "help-guide" }, data: { resolvedAt: new Date() } });
    expect(await guideWatchSentence(guide)).toMatch(/^Checked against Example Help's page on .+: no change found\.$/);
  });
});

describe("the address guard", () => {
  test("refuses loopback unless the policy allows it, also when a name resolves to it", async () => {
    const strict = { ...policy, allowLoopback: false };
    expect(await politeGet(`${site.base}/stable`, strict)).toMatchObject({ kind: "failed", why: "refused: 127.0.0.1 is a loopback address" });
    const port = new URL(site.base).port;
    // The machine's own name resolves to loopback (/etc/hosts): caught after DNS, at connect time.
    const name = os.hostname();
    expect((await lookup(name)).address).toMatch(/^127\./);
    expect(await politeGet(`http://${name}:${port}/stable`, strict)).toMatchObject({ kind: "failed", why: expect.stringMatching(new RegExp(`^refused: ${name} resolves to 127\\.[0-9.]+ is a loopback address`)) });
    expect(await politeGet(`http://[::ffff:10.1.2.3]:${port}/`, policy)).toMatchObject({ kind: "failed", why: expect.stringMatching(/private/) });
  });
});
