import { saveReminder } from "@/app/account/reminder-actions";
import { REMINDER_INTERVALS } from "@/lib/reminders/reminder-schedule";
import { CalendarReminderForm } from "@/components/reminders/calendar-reminder-form";
import { Button } from "@/components/ui/button";

const day = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

/**
 * "Remind me to review my privacy settings every 3, 6 or 12 months" on the account page: email
 * reminders for signed-in people, and a calendar file for everyone.
 */
export function ReminderSection({ signedIn, reminder }: { signedIn: boolean; reminder: { intervalMonths: number; nextDueAt: Date } | null }) {
  const choice = reminder ? String(reminder.intervalMonths) : "off";
  const options = [{ value: "off", label: "No reminders" }, ...REMINDER_INTERVALS.map((months) => ({ value: String(months), label: `Every ${months} months` }))];
  return (
    <section aria-labelledby="reminders-heading" className="space-y-4">
      <h2 id="reminders-heading" className="text-xl font-semibold">
        Review reminders
      </h2>
      <p className="text-muted">Platforms keep adding and changing privacy settings, so reviewing yours every few months is the standard advice.</p>
      {signedIn ? (
        <form action={saveReminder} className="space-y-3">
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold">Email me a reminder to review my privacy settings</legend>
            {options.map((option) => (
              <label key={option.value} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="interval" value={option.value} defaultChecked={option.value === choice} className="size-4" />
                {option.label}
              </label>
            ))}
          </fieldset>
          <p role="status" className="text-sm">
            {reminder ? `Reminders are on: every ${reminder.intervalMonths} months, next on ${day.format(reminder.nextDueAt)}.` : "Reminders are off."}
          </p>
          <Button type="submit">Save reminder</Button>
        </form>
      ) : null}
      <CalendarReminderForm />
    </section>
  );
}
