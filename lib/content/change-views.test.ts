import { describe, expect, it } from "vitest";
import type { ChangeEntry } from "@/lib/content/change-schema";
import { changeFilterOptions, findFilterOption, matchesFilter, toChangeView, type ChangeGuideInfo } from "@/lib/content/change-views";

const guides: ChangeGuideInfo[] = [
  { slug: "linkedin-ai-training", title: "Stop LinkedIn training AI", platform: "linkedin", platformName: "LinkedIn", steps: [{ id: "turn-off", title: "Switch it off" }] },
  { slug: "review-privacy-settings", title: "Review your settings", platform: "all-platforms", platformName: "All platforms", steps: [] },
];

const entry = (overrides: Partial<ChangeEntry>): ChangeEntry => ({
  id: "2025-11-03-on-in-europe",
  title: "On in Europe too",
  date: "2025-11-03",
  guide: "linkedin-ai-training",
  platform: "linkedin",
  steps: ["turn-off"],
  kind: "default-changed",
  severity: "action-needed",
  summary: "The setting is on in Europe too.",
  sources: [],
  ...overrides,
});

describe("toChangeView", () => {
  it("names touched steps by their titles and marks ids no longer in the guide", () => {
    const view = toChangeView(entry({ steps: ["turn-off", "retired-step"] }), guides);
    expect(view.touchedSteps).toEqual([
      { id: "turn-off", title: "Switch it off", inGuide: true },
      { id: "retired-step", title: "retired-step", inGuide: false },
    ]);
    expect(view.guide).toEqual({ slug: "linkedin-ai-training", title: "Stop LinkedIn training AI", platform: "linkedin", platformName: "LinkedIn" });
    expect(toChangeView(entry({ steps: "all" }), guides).touchedSteps).toBe("all");
  });
});

describe("filters", () => {
  const changes = [entry({}), entry({ id: "2024-09-18-added", severity: "info" })].map((change) => toChangeView(change, guides));

  it("match by platform, guide and severity", () => {
    expect(changes.filter((change) => matchesFilter(change, { kind: "severity", severity: "info" })).map((change) => change.id)).toEqual(["2024-09-18-added"]);
    expect(changes.filter((change) => matchesFilter(change, { kind: "platform", slug: "linkedin" }))).toHaveLength(2);
    expect(changes.filter((change) => matchesFilter(change, { kind: "guide", slug: "review-privacy-settings" }))).toHaveLength(0);
  });

  it("offer every guide and severity with counts, and no platform filter for cross-platform habits", () => {
    const options = changeFilterOptions(guides, changes);
    expect(options.total).toBe(2);
    expect(options.platforms.map(({ label, count }) => [label, count])).toEqual([["LinkedIn", 2]]);
    expect(options.guides.map(({ count }) => count)).toEqual([2, 0]);
    expect(options.severities.map(({ label, count }) => [label, count])).toEqual([["Action needed", 1], ["For information", 1]]);
    expect(findFilterOption(options, { kind: "platform", slug: "all-platforms" })).toBeUndefined();
    expect(findFilterOption(options, { kind: "guide", slug: "no-such-guide" })).toBeUndefined();
  });
});
