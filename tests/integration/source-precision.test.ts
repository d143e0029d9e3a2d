import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/server/db/client";
import { evaluateLabelledChanges } from "@/tests/sources/evaluate-labelled";
import { LABELLED_CHANGES } from "@/tests/sources/labelled-changes";

afterAll(() => db.$disconnect());

/**
 * Thresholds (the figures are printed by bench/source-precision.ts):
 * - "flagged" recall 1: every real case is a kind of change a guide depends on (a renamed or
 *   removed setting, a default, a date, a region, a step); missing one leaves a guide silently
 *   wrong, which is the one thing the watcher exists to prevent.
 * - "flagged" precision >= 0.95: at most one false flag in the set. A false flag costs an editor a
 *   look at a diff, so a little is tolerable, but every noise class here is one real help centres
 *   show on every fetch, and each would recur on every watched page.
 * - "anchor missing" precision and recall 1: the match is exact by design (no fuzzy guessing), so
 *   there is no tolerance to spend; a false one points an editor at the wrong step, a missed one
 *   hides the step that broke.
 */
describe("precision and recall on the labelled set of hand-made changes", () => {
  test("the set is big enough and holds both kinds", () => {
    expect(LABELLED_CHANGES.length).toBeGreaterThanOrEqual(30);
    expect(LABELLED_CHANGES.filter((c) => c.label === "real").length).toBeGreaterThanOrEqual(15);
    expect(LABELLED_CHANGES.filter((c) => c.label === "noise").length).toBeGreaterThanOrEqual(15);
    expect(new Set(LABELLED_CHANGES.map((c) => c.id)).size).toBe(LABELLED_CHANGES.length);
  });

  test("the real watcher flags the real changes, not the noise, and names the anchors that went", { timeout: 120_000 }, async () => {
    const { cases, flagged, anchorMissing } = await evaluateLabelledChanges();
    // Every page reads well on its first check and flags nothing there (else the case is mis-written).
    expect(cases.filter((c) => c.firstFlags > 0 || c.outcomes[0] !== "first").map((c) => c.change.id)).toEqual([]);
    const wrong = cases.filter((c) => c.flagged !== (c.change.label === "real")).map((c) => `${c.change.id}: ${c.outcomes.join(" > ")}`);
    expect({ recall: flagged.recall, precisionAtLeast95: flagged.precision >= 0.95, wrong }).toMatchObject({ recall: 1, precisionAtLeast95: true });
    expect({ precision: anchorMissing.precision, recall: anchorMissing.recall }).toEqual({ precision: 1, recall: 1 });
    expect(anchorMissing.tp).toBeGreaterThanOrEqual(10);
  });
});
