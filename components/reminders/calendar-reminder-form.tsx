import { REMINDER_INTERVALS } from "@/lib/reminders/reminder-schedule";
import { Button } from "@/components/ui/button";

/** A plain GET form: the .ics download works without an account and without JavaScript. */
export function CalendarReminderForm() {
  return (
    <form method="get" action="/api/reminders/ics" className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="ics-interval" className="block text-sm font-semibold">
          Add a repeating reminder to your calendar
        </label>
        <select id="ics-interval" name="interval" defaultValue="6" className="block min-h-11 rounded-lg border border-line bg-surface px-3 py-2">
          {REMINDER_INTERVALS.map((months) => (
            <option key={months} value={months}>
              Every {months} months
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Download calendar file (.ics)
      </Button>
    </form>
  );
}
