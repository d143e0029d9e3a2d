import { describe, expect, it } from "vitest";
import { formatCalendarDate, isAfterLatestTimezoneToday } from "@/lib/content/dates";

describe("isAfterLatestTimezoneToday", () => {
  const now = new Date("2026-11-29T08:00:00Z");

  it("accepts today and the past", () => {
    expect(isAfterLatestTimezoneToday("2026-11-29", now)).toBe(false);
    expect(isAfterLatestTimezoneToday("2024-09-18", now)).toBe(false);
  });

  it("accepts tomorrow once it has begun somewhere (UTC+14)", () => {
    expect(isAfterLatestTimezoneToday("2026-11-30", new Date("2026-11-29T10:00:00Z"))).toBe(false);
    expect(isAfterLatestTimezoneToday("2026-11-30", new Date("2026-11-29T09:59:00Z"))).toBe(true);
  });

  it("refuses dates that have not begun anywhere", () => {
    expect(isAfterLatestTimezoneToday("2026-12-01", now)).toBe(true);
  });
});

describe("formatCalendarDate", () => {
  it("formats without shifting the day by timezone", () => {
    expect(formatCalendarDate("2025-11-03")).toBe("November 3, 2025");
  });
});
