import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventTransparency } from "ical-generator";

/**
 * The iCalendar (RFC 5545) file for one recurring all-day reminder. Written by `ical-generator`
 * (no dependencies, no install scripts) so line folding, TEXT escaping and date forms follow the
 * RFC without code of ours; `ics.test.ts` parses the result back with ical.js.
 */
export type RecurringReminder = {
  /** Globally unique, e.g. "<random>@offswitch.example". */
  uid: string;
  /** When the file was made (DTSTAMP, written in UTC). */
  stamp: Date;
  /** First occurrence, YYYY-MM-DD (an all-day event: a date, no time zone). */
  firstDay: string;
  intervalMonths: number;
  summary: string;
  description: string;
  url: string;
};

/** Midnight UTC of a YYYY-MM-DD day; the library writes an all-day start from its UTC date. */
function utcMidnight(isoDay: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  // Date.UTC rolls 2027-02-30 over to March; a day that does not exist is refused instead.
  if (!date || date.toISOString().slice(0, 10) !== isoDay) throw new Error(`not a YYYY-MM-DD day: ${isoDay}`);
  return date;
}

/** A VCALENDAR with one all-day VEVENT repeating every `intervalMonths` months, and a morning alarm. */
export function recurringReminderCalendar(event: RecurringReminder): string {
  if (!Number.isInteger(event.intervalMonths) || event.intervalMonths < 1) throw new Error("intervalMonths must be a positive integer");
  const calendar = ical({
    prodId: { company: "OffSwitch", product: "Privacy review reminder", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  const reminder = calendar.createEvent({
    id: event.uid,
    stamp: event.stamp,
    start: utcMidnight(event.firstDay),
    allDay: true,
    repeating: { freq: ICalEventRepeatingFreq.MONTHLY, interval: event.intervalMonths },
    summary: event.summary,
    description: event.description,
    url: event.url,
    transparency: ICalEventTransparency.TRANSPARENT,
  });
  // Nine hours after the start of the all-day event: in the morning, not at midnight. (The alarm
  // constructor ignores a `relatesTo` option, and a positive offset alone is written RELATED=END.)
  reminder.createAlarm({ type: ICalAlarmType.display, description: event.summary, triggerAfter: 9 * 60 * 60 }).relatesTo(ICalAlarmRelatesTo.start);
  // RFC 5545 §3.1 ends every content line, the last one included, with CRLF; the library omits the last.
  return calendar.toString().replace(/(?:\r\n)?$/, "\r\n");
}
