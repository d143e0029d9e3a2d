import { describe, expect, it } from "vitest";
import { Feed } from "feed";
import { absolutizeLinks, changeContentHtml, changeFeedParts, FEED_ITEM_LIMIT, toJsonFeed11, type ChangeFeedInput } from "@/lib/content/change-feed";
import { changeFeedAlternates, changeFeedPath, guideFeedAlternates } from "@/lib/content/change-paths";
import type { ChangeView } from "@/lib/content/change-views";

const guide = { slug: "linkedin-ai-training", title: "Stop LinkedIn from using your data", platform: "linkedin", platformName: "LinkedIn" };

function change(overrides: Partial<ChangeView> = {}): ChangeView {
  return {
    id: "2025-11-03-setting-on-in-europe",
    title: "LinkedIn switched the setting on in Europe",
    date: "2025-11-03",
    kind: "default-changed",
    severity: "action-needed",
    summary: "The setting is on for members in Europe too. Check that it reads Off.",
    sources: [{ title: "LinkedIn Help", url: "https://www.linkedin.com/help/linkedin/answer/a6278444?x=1&y=2", publisher: "LinkedIn", official: true }],
    guide,
    touchedSteps: [{ id: "turn-off-ai-training", title: "Switch the setting to Off", inGuide: true }],
    ...overrides,
  };
}

const older = change({ id: "2024-09-18-setting-added", title: "LinkedIn added the setting", date: "2024-09-18", kind: "new-setting", touchedSteps: "all" });

function input(overrides: Partial<ChangeFeedInput> = {}): ChangeFeedInput {
  return {
    siteUrl: "https://offswitch.example/",
    scope: { kind: "all" },
    title: "OffSwitch: settings changes",
    description: "Every change.",
    changes: [change(), older],
    emptyUpdated: "2025-01-01",
    ...overrides,
  };
}

describe("changeFeedParts", () => {
  it("gives every item its permanent absolute URL as id and link, and its date as updated and published", () => {
    const { items } = changeFeedParts(input(), "atom");
    expect(items.map((item) => item.id)).toEqual([
      "https://offswitch.example/changes/2025-11-03-setting-on-in-europe",
      "https://offswitch.example/changes/2024-09-18-setting-added",
    ]);
    expect(items[0]?.link).toBe(items[0]?.id);
    expect(items[0]?.date.toISOString()).toBe("2025-11-03T00:00:00.000Z");
    expect(items[0]?.published?.toISOString()).toBe("2025-11-03T00:00:00.000Z");
  });

  it("dates the feed by its newest entry, and an empty feed by the fallback rather than the build time", () => {
    expect(changeFeedParts(input({ changes: [older, change()] }), "rss").options.updated?.toISOString()).toBe("2025-11-03T00:00:00.000Z");
    expect(changeFeedParts(input({ changes: [] }), "rss").options.updated?.toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });

  it("points the feed at its page and at all three formats of itself", () => {
    const { options } = changeFeedParts(input({ scope: { kind: "guide", slug: "linkedin-ai-training" } }), "json");
    expect(options.id).toBe("https://offswitch.example/changes/guide/linkedin-ai-training");
    expect(options.link).toBe("https://offswitch.example/changes/guide/linkedin-ai-training");
    expect(options.feedLinks).toEqual({
      atom: "https://offswitch.example/changes/guide/linkedin-ai-training/feed.atom",
      rss: "https://offswitch.example/changes/guide/linkedin-ai-training/feed.rss",
      json: "https://offswitch.example/changes/guide/linkedin-ai-training/feed.json",
    });
  });

  it("escapes titles only where the format declares them HTML, and keeps JSON Feed's summary plain", () => {
    const risky = change({ title: "Settings & <Privacy>", summary: "Moved to Settings & Privacy > Data" });
    expect(changeFeedParts(input({ changes: [risky] }), "atom").items[0]?.title).toBe("Settings &amp; &lt;Privacy&gt;");
    expect(changeFeedParts(input({ changes: [risky] }), "rss").items[0]?.title).toBe("Settings & <Privacy>");
    expect(changeFeedParts(input({ changes: [risky] }), "json").items[0]?.description).toBe("Moved to Settings & Privacy > Data");
    expect(changeFeedParts(input({ changes: [risky] }), "rss").items[0]?.description).toBe("<p>Moved to Settings &amp; Privacy &gt; Data</p>");
  });

  it("carries the newest 50 entries only", () => {
    const many = Array.from({ length: 120 }, (_, index) => change({ id: `2025-01-01-entry-${String(index).padStart(3, "0")}` }));
    const { items } = changeFeedParts(input({ changes: many }), "rss");
    expect(FEED_ITEM_LIMIT).toBe(50);
    expect(items).toHaveLength(50);
    expect(items.at(-1)?.id).toBe("https://offswitch.example/changes/2025-01-01-entry-049");
  });

  it("dates a backfilled entry published on its change date and updated on the day it was published", () => {
    const backfilled = change({ published: "2026-12-01" });
    const { items, options } = changeFeedParts(input({ changes: [backfilled, older] }), "atom");
    expect(items[0]?.published?.toISOString()).toBe("2025-11-03T00:00:00.000Z");
    expect(items[0]?.date.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(options.updated?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });

  it("tags items with severity, kind and platform", () => {
    const { items } = changeFeedParts(input(), "atom");
    expect(items[0]?.category?.map((category) => category.term)).toEqual(["action-needed", "default-changed", "linkedin"]);
  });
});

describe("changeContentHtml", () => {
  it("names the touched steps, links the guide absolutely and lists escaped sources", () => {
    const html = changeContentHtml(change(), "https://offswitch.example");
    expect(html).toContain('<a href="https://offswitch.example/guides/linkedin-ai-training">Stop LinkedIn from using your data</a>');
    expect(html).toContain("<li>Switch the setting to Off</li>");
    expect(html).toContain('<a href="https://offswitch.example/changes/2025-11-03-setting-on-in-europe">Read the whole entry on OffSwitch</a>');
    expect(html).toContain('href="https://www.linkedin.com/help/linkedin/answer/a6278444?x=1&amp;y=2"');
  });

  it("says when a change touches every step, and marks steps no longer in the guide", () => {
    expect(changeContentHtml(older, "https://offswitch.example")).toContain("Touches every step of");
    const retired = change({ touchedSteps: [{ id: "old-step", title: "old-step", inGuide: false }] });
    expect(changeContentHtml(retired, "https://offswitch.example")).toContain("<li>old-step (no longer in the guide)</li>");
  });
});

describe("changeContentHtml with the entry's body", () => {
  it("carries the whole body instead of the summary, with site links made absolute, and the regions", () => {
    const body = '<p>Open <a href="/guides/linkedin-ai-training">the guide</a> or <a href="https://www.linkedin.com/x">LinkedIn</a>.</p>';
    const html = changeContentHtml(change({ regions: ["eea", "uk"] }), "https://offswitch.example/", body);
    expect(html).toContain('<p>Open <a href="https://offswitch.example/guides/linkedin-ai-training">the guide</a> or <a href="https://www.linkedin.com/x">LinkedIn</a>.</p>');
    expect(html).not.toContain("Check that it reads Off.");
    expect(html).toContain("<p>Applies in: EU &amp; EEA, United Kingdom</p>");
  });

  it("leaves protocol-relative and absolute links alone", () => {
    expect(absolutizeLinks('<a href="//evil.example/">x</a><a href="https://a.example/">y</a>', "https://offswitch.example")).toBe(
      '<a href="//evil.example/">x</a><a href="https://a.example/">y</a>',
    );
  });
});

describe("toJsonFeed11", () => {
  it("upgrades the feed package's JSON Feed 1.0 to 1.1 with the required fields", () => {
    const { options, items } = changeFeedParts(input(), "json");
    const feed = new Feed(options);
    for (const item of items) feed.addItem(item);
    const document = JSON.parse(toJsonFeed11(feed.json1())) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(document.version).toBe("https://jsonfeed.org/version/1.1");
    expect(document.title).toBe("OffSwitch: settings changes");
    expect(document.author).toBeUndefined();
    expect(document.authors).toEqual([{ name: "OffSwitch", url: "https://offswitch.example/" }]);
    expect(document.language).toBe("en");
    expect(document.feed_url).toBe("https://offswitch.example/changes/feed.json");
    expect(document.items[0]).toMatchObject({
      id: "https://offswitch.example/changes/2025-11-03-setting-on-in-europe",
      url: "https://offswitch.example/changes/2025-11-03-setting-on-in-europe",
      title: "LinkedIn switched the setting on in Europe",
      date_published: "2025-11-03T00:00:00.000Z",
      summary: "The setting is on for members in Europe too. Check that it reads Off.",
    });
    expect(document.items[0]?.content_html).toEqual(expect.stringContaining("Switch the setting to Off"));
  });
});

describe("feed paths and alternates", () => {
  it("puts each feed beside the page it mirrors", () => {
    expect(changeFeedPath({ kind: "all" }, "atom")).toBe("/changes/feed.atom");
    expect(changeFeedPath({ kind: "platform", slug: "linkedin" }, "rss")).toBe("/changes/platform/linkedin/feed.rss");
  });

  it("advertises a guide's three feeds with their media types", () => {
    expect(guideFeedAlternates("linkedin-ai-training")).toEqual({
      "application/atom+xml": [{ url: "/changes/guide/linkedin-ai-training/feed.atom", title: "Changes to this guide (Atom)" }],
      "application/rss+xml": [{ url: "/changes/guide/linkedin-ai-training/feed.rss", title: "Changes to this guide (RSS)" }],
      "application/feed+json": [{ url: "/changes/guide/linkedin-ai-training/feed.json", title: "Changes to this guide (JSON Feed)" }],
    });
    expect(Object.keys(changeFeedAlternates({ kind: "all" }, "All"))).toHaveLength(3);
  });
});
