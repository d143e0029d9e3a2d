import { z } from "zod";
import { reminderIntervalSchema } from "@/lib/reminders/reminder-schedule";
import { AppError } from "@/server/errors";
import { describeIssues, errorResponse } from "@/server/http/json-route";
import { reminderCalendar } from "@/server/reminders/reminder-calendar";

export const dynamic = "force-dynamic";

const querySchema = z.object({ interval: reminderIntervalSchema });

/** A calendar file with a recurring "review your privacy settings" event; no account needed, nothing stored. */
export async function GET(request: Request) {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return errorResponse(new AppError("invalid-input", "Choose a reminder every 3, 6 or 12 months.", { details: describeIssues(parsed.error) }));
  }
  const { filename, body } = reminderCalendar(parsed.data.interval);
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}
