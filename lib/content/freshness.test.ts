import { describe, expect, it } from "vitest";
import { FRESHNESS_DAYS, mayBeOutOfDate, staleFrom } from "@/lib/content/freshness";

describe("mayBeOutOfDate", () => {
  it("is fresh up to and including day 179 after verification", () => {
    expect(mayBeOutOfDate("2026-01-01", new Date("2026-06-29T23:59:59Z"))).toBe(false);
  });

  it(`turns stale on day ${FRESHNESS_DAYS}`, () => {
    expect(staleFrom("2026-01-01")).toBe("2026-06-30");
    expect(mayBeOutOfDate("2026-01-01", new Date("2026-06-30T00:00:00Z"))).toBe(true);
  });

  it("is fresh on the day of verification and stale years later", () => {
    expect(mayBeOutOfDate("2025-11-03", new Date("2025-11-03T12:00:00Z"))).toBe(false);
    expect(mayBeOutOfDate("2023-02-01", new Date("2026-11-29T12:00:00Z"))).toBe(true);
  });

  it("counts across a leap day", () => {
    expect(staleFrom("2028-01-01")).toBe("2028-06-29");
  });
});

