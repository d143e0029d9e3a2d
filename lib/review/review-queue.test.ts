import { describe, expect, test } from "vitest";
import { groupReviewQueue, stepsConcerned, type OpenReviewItem } from "@/lib/review/review-queue";

const item = (id: string, guideSlug: string, priority: number, day: number, stepId: string | null = null): OpenReviewItem => ({
  id,
  guideSlug,
  stepId,
  sourceId: null,
  reason: priority === 300 ? "anchor-missing" : priority === 200 ? "reader-report" : "source-changed",
  priority,
  anchorPhrase: null,
  fromVersionId: null,
  toVersionId: null,
  createdAt: new Date(Date.UTC(2026, 11, day)),
});

describe("groupReviewQueue", () => {
  test("a missing anchor, then reader reports, then other changes; the longest waiting first among equals", () => {
    const queue = groupReviewQueue([item("a", "changed-only", 100, 1), item("b", "reported", 200, 3), item("c", "anchor", 100, 1), item("d", "anchor", 300, 4, "step-x"), item("e", "reported-earlier", 200, 2)]);
    expect(queue.map((guide) => [guide.guideSlug, guide.priority])).toEqual([
      ["anchor", 300],
      ["reported-earlier", 200],
      ["reported", 200],
      ["changed-only", 100],
    ]);
    expect(queue[0]?.items.map((entry) => entry.id)).toEqual(["d", "c"]);
    expect(queue[0]?.since.toISOString().slice(0, 10)).toBe("2026-12-01");
  });

  test("nothing open, nothing listed", () => {
    expect(groupReviewQueue([])).toEqual([]);
  });
});

describe("stepsConcerned", () => {
  test("each step once, in the order seen, without the guide-wide items", () => {
    expect(stepsConcerned([{ stepId: "b" }, { stepId: null }, { stepId: "a" }, { stepId: "b" }])).toEqual(["b", "a"]);
  });
});
