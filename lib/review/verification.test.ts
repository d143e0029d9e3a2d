import { describe, expect, test } from "vitest";
import { effectiveLastVerified } from "@/lib/review/verification";

describe("effectiveLastVerified", () => {
  test("a recorded verification newer than the front matter's date wins", () => {
    expect(effectiveLastVerified("2026-03-01", new Date("2026-12-04T09:30:00Z"))).toBe("2026-12-04");
  });
  test("an older or same-day recorded verification, or none, leaves lastVerified", () => {
    expect(effectiveLastVerified("2026-03-01", new Date("2026-02-28T23:59:59Z"))).toBe("2026-03-01");
    expect(effectiveLastVerified("2026-03-01", new Date("2026-03-01T12:00:00Z"))).toBe("2026-03-01");
    expect(effectiveLastVerified("2026-03-01", null)).toBe("2026-03-01");
    expect(effectiveLastVerified("2026-03-01", new Date("not a date"))).toBe("2026-03-01");
  });
  test("the day is the UTC day, as lastVerified is", () => {
    expect(effectiveLastVerified("2026-03-01", new Date("2026-12-04T23:30:00-05:00"))).toBe("2026-12-05");
  });
});
