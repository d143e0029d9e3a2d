import { describe, expect, it } from "vitest";
import { describeWatchStatus, type SourceWatchState } from "@/lib/sources/watch-status";

const never: SourceWatchState = { publisher: "LinkedIn Help", lastCheckedAt: null, lastSuccessAt: null, failedWhy: null };
const checked: SourceWatchState = { ...never, lastCheckedAt: new Date("2026-12-04T06:00:00Z"), lastSuccessAt: new Date("2026-12-04T06:00:00Z") };
const stepNumbers = new Map([["open-settings", 2], ["find-setting", 4], ["turn-off", 5]]);

describe("describeWatchStatus", () => {
  it("never claims a check that did not happen", () => {
    expect(describeWatchStatus({ sources: [never], open: [], stepNumbers })).toBe("Its official pages are not yet checked automatically.");
    const blocked = { ...never, lastCheckedAt: new Date("2026-12-04T06:00:00Z"), failedWhy: "bot wall" };
    expect(describeWatchStatus({ sources: [blocked], open: [], stepNumbers })).toBe("We could not check LinkedIn Help's page (bot wall); the guide was last verified by hand.");
  });
  it("says when the page was last checked and found unchanged", () => {
    expect(describeWatchStatus({ sources: [checked], open: [], stepNumbers })).toBe("Checked against LinkedIn Help's page on December 4, 2026: no change found.");
  });
  it("names the steps being re-checked after a change, in order", () => {
    const open = [
      { publisher: "LinkedIn Help", stepId: "turn-off", since: new Date("2026-12-03T06:00:00Z") },
      { publisher: "LinkedIn Help", stepId: "find-setting", since: new Date("2026-12-03T06:00:00Z") },
    ];
    expect(describeWatchStatus({ sources: [checked], open, stepNumbers })).toBe("LinkedIn Help's page changed on December 3, 2026; we are re-checking steps 4 and 5.");
    expect(describeWatchStatus({ sources: [checked], open: [{ publisher: "LinkedIn Help", stepId: null, since: new Date("2026-12-03T06:00:00Z") }], stepNumbers })).toBe(
      "LinkedIn Help's page changed on December 3, 2026; we are re-checking this guide.",
    );
  });
});
