import ICAL from "ical.js";
import { describe, expect, test } from "vitest";
import { recurringReminderCalendar } from "@/lib/reminders/ics";

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

/** Parses with ical.js, an independent RFC 5545 parser, and returns the one VEVENT. */
function parseEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents("vevent");
  expect(vevents).toHaveLength(1);
  return { calendar, vevent: vevents[0]! };
}

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
    expect(lines.some((line) => /^URL(;VALUE=URI)?:https:\/\/offswitch\.example\/guides$/.test(line))).toBe(true);
    expect(lines).toContain("DESCRIPTION:Platforms keep adding settings\\; a review takes a few minutes.\\nStart here: https://offswitch.example/guides");
    expect(lines).toContain("TRIGGER;RELATED=START:PT9H");
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
    const text = recurringReminderCalendar({ ...event, summary: "a\\b;c,d\r\ne\nf", description: "X".repeat(62) + "€".repeat(40) });
    expect(unfold(text)).toContain("SUMMARY:a\\\\b\\;c\\,d\\ne\\nf");
    // Folding at octet boundaries that split a 3-octet "€" would leave invalid UTF-8 halves behind.
    expect(unfold(text)).toContain(`DESCRIPTION:${"X".repeat(62)}${"€".repeat(40)}`);
    for (const line of text.split("\r\n")) expect(line).not.toContain("\uFFFD");
  });

  test("round-trips through an independent parser (ical.js) with every value intact", () => {
    const summary = "Review, your; privacy\\settings – ü€ 🔒";
    const description = `${"Long line with commas, semicolons; and backslashes \\ ".repeat(6)}\nSecond line: https://offswitch.example/guides`;
    const { calendar, vevent } = parseEvent(recurringReminderCalendar({ ...event, summary, description }));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");

    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe("abc123@offswitch.example");
    expect(parsed.summary).toBe(summary);
    expect(parsed.description).toBe(description);
    expect(String(vevent.getFirstPropertyValue("url"))).toBe("https://offswitch.example/guides");
    expect((vevent.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate().toISOString()).toBe("2026-11-29T10:15:30.000Z");

    // An all-day date without a time zone: the same calendar day wherever the file is opened.
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe("2027-02-28");
    expect(parsed.startDate.zone?.tzid ?? "floating").toBe("floating");

    // Every three months from the first day: the recurrence expands as a calendar app would.
    expect(parsed.isRecurring()).toBe(true);
    const occurrences = parsed.iterator();
    const days = Array.from({ length: 4 }, () => occurrences.next()?.toString());
    expect(days).toEqual(["2027-02-28", "2027-05-28", "2027-08-28", "2027-11-28"]);

    const alarm = vevent.getFirstSubcomponent("valarm");
    expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
    const trigger = alarm?.getFirstProperty("trigger");
    expect(trigger?.getParameter("related")).toBe("START");
    expect((trigger?.getFirstValue() as ICAL.Duration).toSeconds()).toBe(9 * 60 * 60);
  });

  test("writes DTSTAMP in UTC and refuses malformed input", () => {
    const lines = unfold(recurringReminderCalendar({ ...event, stamp: new Date("2027-01-02T03:04:05.678Z") })).split("\r\n");
    expect(lines).toContain("DTSTAMP:20270102T030405Z");
    expect(() => recurringReminderCalendar({ ...event, firstDay: "2027-2-8" })).toThrow();
    expect(() => recurringReminderCalendar({ ...event, firstDay: "2027-02-30" })).toThrow();
    expect(() => recurringReminderCalendar({ ...event, intervalMonths: 0 })).toThrow();
    expect(() => recurringReminderCalendar({ ...event, intervalMonths: 1.5 })).toThrow();
  });
});
