import { describe, expect, test } from "vitest";
import { escapeText, foldLine, recurringReminderCalendar, utcDateTime } from "@/lib/reminders/ics";

const event = {
  uid: "abc123@offswitch.example",
  stamp: new Date("2026-11-29T10:15:30.123Z"),
  firstDay: "2027-02-28",
  intervalMonths: 3,
  summary: "Review your privacy settings",
  description: "Platforms keep adding settings; a review takes a few minutes.\nStart here: https://offswitch.example/guides",
  url: "https://offswitch.example/guides",
};

/** Undoes folding (§3.1): a CRLF followed by one space or tab joins the lines. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("iCalendar reminder", () => {
  test("is a VCALENDAR with one recurring all-day VEVENT and every required property", () => {
    const lines = unfold(recurringReminderCalendar(event)).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, 2)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0"]);
    expect(lines).toContain("PRODID:-//OffSwitch//Privacy review reminder//EN");
    expect(lines).toContain("UID:abc123@offswitch.example");
    expect(lines).toContain("DTSTAMP:20261129T101530Z");
    expect(lines).toContain("DTSTART;VALUE=DATE:20270228");
    expect(lines).toContain("RRULE:FREQ=MONTHLY;INTERVAL=3");
    expect(lines).toContain("URL:https://offswitch.example/guides");
    expect(lines).toContain("DESCRIPTION:Platforms keep adding settings\\; a review takes a few minutes.\\nStart here: https://offswitch.example/guides");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  test("uses CRLF only and no line is longer than 75 octets", () => {
    const text = recurringReminderCalendar({ ...event, description: "ü".repeat(200) + " – a long description, with commas; and semicolons" });
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain(`DESCRIPTION:${"ü".repeat(200)} – a long description\\, with commas\\; and semicolons`);
  });

  test("escapes TEXT values and folds without splitting characters", () => {
    expect(escapeText("a\\b;c,d\r\ne\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    const folded = foldLine("X".repeat(74) + "€€");
    expect(folded.split("\r\n ")).toEqual(["X".repeat(74), "€€"]);
    expect(foldLine("short")).toBe("short");
  });

  test("formats UTC date-times and refuses malformed input", () => {
    expect(utcDateTime(new Date("2027-01-02T03:04:05.678Z"))).toBe("20270102T030405Z");
    expect(() => recurringReminderCalendar({ ...event, firstDay: "2027-2-8" })).toThrow();
    expect(() => recurringReminderCalendar({ ...event, intervalMonths: 0 })).toThrow();
  });
});
