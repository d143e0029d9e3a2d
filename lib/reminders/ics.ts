/**
 * A minimal RFC 5545 iCalendar writer for one recurring all-day reminder. Hand-written because it
 * is a few lines and the npm packages for it bring validation libraries along; the rules that make
 * a file valid are kept here: CRLF line ends, lines folded at 75 octets, TEXT escaping, UTC DTSTAMP
 * and a UID.
 */
export type RecurringReminder = {
  /** Globally unique, e.g. "<random>@offswitch.example". */
  uid: string;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
  /** First occurrence, YYYY-MM-DD (an all-day event). */
  firstDay: string;
  intervalMonths: number;
  summary: string;
  description: string;
  url: string;
};

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, newlines as \n. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Folds a content line to at most 75 octets per line (§3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with one space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** UTC date-time form (§3.3.5): 20261129T101500Z. */
export function utcDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function dateValue(isoDay: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new Error(`not a YYYY-MM-DD day: ${isoDay}`);
  return isoDay.replace(/-/g, "");
}

/** A VCALENDAR with one all-day VEVENT repeating every `intervalMonths` months, and a morning alarm. */
export function recurringReminderCalendar(event: RecurringReminder): string {
  if (!Number.isInteger(event.intervalMonths) || event.intervalMonths < 1) throw new Error("intervalMonths must be a positive integer");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//OffSwitch//Privacy review reminder//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART;VALUE=DATE:${dateValue(event.firstDay)}`,
    `RRULE:FREQ=MONTHLY;INTERVAL=${event.intervalMonths}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${event.url}`,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeText(event.summary)}`,
    // Nine hours after the start of the all-day event: in the morning, not at midnight.
    "TRIGGER:PT9H",
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
