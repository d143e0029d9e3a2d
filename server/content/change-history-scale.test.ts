import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CHANGE_KINDS, type ChangeKind } from "@/lib/content/change-constants";
import { changeFeedParts } from "@/lib/content/change-feed";
import { guideAttention } from "@/lib/progress/needs-attention";
import { CHANGES_PER_PAGE, groupByMonth, offeredOptions, type ChangeView } from "@/lib/content/change-views";

/**
 * The history at the size issue 15 brings: a few hundred generated entries on top of the e2e
 * fixture content, through the real loader, so pagination, every filter and the feeds are
 * checked at that size (the e2e specs run on the small fixture).
 */
const GENERATED = 300;
let dir = "";
let listing: typeof import("@/server/content/change-listing");
let contentIndex: typeof import("@/server/content/content-index");

function entry(index: number): { name: string; text: string; kind: ChangeKind; regions?: string[]; guide: string } {
  const day = new Date(Date.UTC(2023, 0, 1) + index * 2 * 86_400_000).toISOString().slice(0, 10);
  const kind = CHANGE_KINDS[index % CHANGE_KINDS.length] ?? "new-setting";
  const regions = index % 3 === 0 ? undefined : index % 3 === 1 ? ["eea"] : ["us", "ca"];
  const guide = index % 2 === 0 ? "linkedin-ai-training" : "chatgpt-model-training";
  const lines = [
    "---",
    `title: "Generated change number ${index} for the history at scale"`,
    `date: ${day}`,
    ...(index % 4 === 0 ? ["published: 2026-11-20"] : []),
    `guide: ${guide}`,
    guide === "linkedin-ai-training" ? "steps: [turn-off-ai-training]" : "steps: all",
    `kind: ${kind}`,
    `severity: ${index % 5 === 0 ? "action-needed" : "info"}`,
    `summary: "A generated summary for change number ${index}."`,
    ...(regions ? [`regions: [${regions.join(", ")}]`] : []),
    "sources:",
    "  - title: Example source",
    "    url: https://example.com/source",
    "    publisher: Example",
    "---",
    "",
    `Generated body of change ${index}, with [a link to the guide](/guides/${guide}).`,
    "",
  ];
  return { name: `${day}-generated-change-${index}.mdx`, text: lines.join("\n"), kind, regions, guide };
}

const generated = Array.from({ length: GENERATED }, (_, index) => entry(index));

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "offswitch-history-"));
  await cp(path.join(process.cwd(), "tests/fixtures/content-e2e"), dir, { recursive: true });
  await Promise.all(generated.map((each) => writeFile(path.join(dir, "changes", each.name), each.text)));
  vi.resetModules();
  vi.stubEnv("OFFSWITCH_CONTENT_DIR", dir);
  listing = await import("@/server/content/change-listing");
  contentIndex = await import("@/server/content/content-index");
  await listing.changeCatalogue();
}, 300_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

const ids = (changes: readonly ChangeView[]) => changes.map((change) => change.id);

describe("a history of a few hundred entries", () => {
  it("pages through every entry exactly once, newest first, 20 to a page, and prerenders exactly the later pages", async () => {
    const { changes } = await listing.changeCatalogue();
    expect(changes.length).toBeGreaterThanOrEqual(GENERATED);
    const first = await listing.changeListing({ kind: "all" });
    const count = Math.ceil(changes.length / CHANGES_PER_PAGE);
    expect(first?.page).toEqual({ number: 1, count });
    const pages = [];
    for (let number = 1; number <= count; number += 1) pages.push(await listing.changeListing({ kind: "all" }, number));
    expect(pages.every((page) => page !== undefined && page.changes.length <= CHANGES_PER_PAGE)).toBe(true);
    expect(pages.flatMap((page) => ids(page?.changes ?? []))).toEqual(ids(changes));
    const dates = changes.map((change) => change.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await listing.changeListing({ kind: "all" }, count + 1)).toBeUndefined();
    expect(await listing.changeListing({ kind: "all" }, 0)).toBeUndefined();
    expect((await listing.laterPageParams([{ filter: { kind: "all" }, params: {} }])).map((params) => params.page)).toEqual(
      Array.from({ length: count - 1 }, (_, index) => String(index + 2)),
    );
  });

  it("groups a page by month, newest month first", async () => {
    const page = await listing.changeListing({ kind: "all" }, 3);
    const months = groupByMonth(page?.changes ?? []).map((group) => group.month);
    expect(months.length).toBeGreaterThan(1);
    expect(months).toEqual([...new Set(months)].sort().reverse());
  });

  it("filters by kind, region, platform, guide and severity, each with the count its option shows", async () => {
    const { options } = await listing.changeCatalogue();
    const all = async (filter: Parameters<typeof listing.filteredChanges>[0]) => (await listing.filteredChanges(filter))?.changes ?? [];

    const deadlines = await all({ kind: "change-kind", changeKind: "deadline" });
    expect(deadlines.length).toBe(generated.filter((each) => each.kind === "deadline").length);
    expect(deadlines.every((change) => change.kind === "deadline")).toBe(true);
    expect(options.kinds.find((option) => option.filter.kind === "change-kind" && option.filter.changeKind === "deadline")?.count).toBe(deadlines.length);

    const eea = await all({ kind: "region", region: "eea" });
    expect(eea.every((change) => change.regions === undefined || change.regions.includes("eea"))).toBe(true);
    expect(eea.some((change) => change.regions === undefined)).toBe(true);
    const us = await all({ kind: "region", region: "us" });
    expect(ids(us).filter((id) => ids(eea).includes(id)).every((id) => us.find((change) => change.id === id)?.regions === undefined)).toBe(true);
    expect(options.regions.find((option) => option.filter.kind === "region" && option.filter.region === "us")?.count).toBe(us.length);

    const openai = await all({ kind: "platform", slug: "openai" });
    expect(openai.length).toBe(generated.filter((each) => each.guide === "chatgpt-model-training").length);
    const guide = await all({ kind: "guide", slug: "linkedin-ai-training" });
    expect(guide.every((change) => change.guide.slug === "linkedin-ai-training")).toBe(true);
    const actionNeeded = await all({ kind: "severity", severity: "action-needed" });
    expect(actionNeeded.every((change) => change.severity === "action-needed")).toBe(true);

    // A filter of more than a page has later pages, each prerendered.
    const laterEea = await listing.laterPageParams([{ filter: { kind: "region", region: "eea" }, params: { region: "eea" } }]);
    expect(laterEea).toHaveLength(Math.ceil(eea.length / CHANGES_PER_PAGE) - 1);
    expect((await listing.changeListing({ kind: "region", region: "eea" }, laterEea.length + 1))?.changes.length).toBeGreaterThan(0);
  });

  it("offers only the choices that have entries, and the one in use", async () => {
    const { options } = await listing.changeCatalogue();
    const guides = offeredOptions(options.guides, { kind: "all" });
    expect(guides.every((option) => option.count > 0)).toBe(true);
    expect(guides.length).toBeLessThan(options.guides.length);
    const empty = { kind: "guide", slug: "review-privacy-settings" } as const;
    expect(offeredOptions(options.guides, empty).some((option) => option.filter.kind === "guide" && option.filter.slug === empty.slug)).toBe(true);
  });

  it("feeds the newest 50 with each body in full, links made absolute", async () => {
    const { changes, htmlById } = await listing.changeCatalogue();
    const { items } = changeFeedParts(
      { siteUrl: "https://offswitch.example", scope: { kind: "all" }, title: "t", description: "d", changes, bodyHtml: htmlById, emptyUpdated: "2025-01-01" },
      "atom",
    );
    expect(items).toHaveLength(50);
    const generatedItem = items.find((item) => item.id?.includes("generated-change"));
    expect(generatedItem?.content).toMatch(/Generated body of change \d+, with <a href="https:\/\/offswitch\.example\/guides\/[a-z-]+">a link to the guide<\/a>/);
  });

  it("flags a step ticked before a backfilled change took effect, not one ticked after it but before we published it (decision 0011)", async () => {
    // Entry 20: LinkedIn, action needed, dated 2023-02-10, published 2026-11-20.
    const backfilled = generated[20];
    expect(backfilled?.text).toContain("published: 2026-11-20");
    const id = backfilled?.name.replace(/\.mdx$/, "") ?? "";
    const input = await contentIndex.guideAttentionInput("linkedin-ai-training");
    const steps = { slug: "linkedin-ai-training", steps: input.steps };
    const tickedAt = (at: string) => guideAttention({ "turn-off-ai-training": { done: true, at } }, steps, input.changes).changedSteps.get("turn-off-ai-training") ?? [];
    expect(tickedAt("2023-02-09T12:00:00Z").map((change) => change.id)).toContain(id);
    expect(tickedAt("2023-02-11T12:00:00Z").map((change) => change.id)).not.toContain(id);
  });
});
