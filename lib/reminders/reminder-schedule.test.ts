import { describe, expect, test } from "vitest";
import { addMonths, isoDay, reminderIntervalSchema } from "@/lib/reminders/reminder-schedule";

describe("reminder schedule", () => {
  test("adds calendar months in UTC, keeping the time of day", () => {
    expect(addMonths(new Date("2026-11-29T10:15:00Z"), 3).toISOString()).toBe("2027-02-28T10:15:00.000Z");
    expect(addMonths(new Date("2026-01-31T00:00:00Z"), 1).toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(addMonths(new Date("2028-01-31T00:00:00Z"), 1).toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(addMonths(new Date("2026-05-15T23:59:59.999Z"), 12).toISOString()).toBe("2027-05-15T23:59:59.999Z");
    expect(addMonths(new Date("2026-12-10T08:00:00Z"), 6).toISOString()).toBe("2027-06-10T08:00:00.000Z");
  });

  test("accepts only 3, 6 or 12 months, from strings or numbers", () => {
    expect(reminderIntervalSchema.parse("3")).toBe(3);
    expect(reminderIntervalSchema.parse(12)).toBe(12);
    for (const bad of ["4", "0", "-3", "six", "", "6.5", null]) expect(reminderIntervalSchema.safeParse(bad).success).toBe(false);
  });

  test("formats the UTC day", () => {
    expect(isoDay(new Date("2026-03-01T23:30:00-02:00"))).toBe("2026-03-02");
  });
});
