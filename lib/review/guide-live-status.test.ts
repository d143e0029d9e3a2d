import { describe, expect, test } from "vitest";
import { parseGuideLiveStatus } from "@/lib/review/guide-live-status";

const good = { slug: "linkedin-ai-training", lastVerified: "2026-12-04", verifiedAt: "2026-12-04T10:00:00.000Z", watch: "Checked against LinkedIn Help's page on December 4, 2026: no change found.", asOf: "2026-12-04T10:00:30.000Z" };

describe("parseGuideLiveStatus", () => {
  test("accepts the endpoint's shape for this guide", () => {
    expect(parseGuideLiveStatus(good, good.slug)).toEqual(good);
    expect(parseGuideLiveStatus({ ...good, verifiedAt: null, watch: null }, good.slug)).toMatchObject({ verifiedAt: null, watch: null });
  });
  test("refuses another guide, odd dates, wrong types and extra-long text", () => {
    expect(parseGuideLiveStatus(good, "another-guide")).toBeUndefined();
    for (const bad of [null, "x", [], { ...good, lastVerified: "2026-13-45" }, { ...good, lastVerified: "Dec 4" }, { ...good, verifiedAt: 5 }, { ...good, watch: { html: "<b>" } }, { ...good, watch: "x".repeat(501) }, { ...good, asOf: "never" }]) {
      expect(parseGuideLiveStatus(bad, good.slug)).toBeUndefined();
    }
  });
});
