"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { stopRemindersByToken } from "@/server/reminders/reminder-stop";

const stopSchema = z.object({ token: z.string().max(100) });

/** The stop page's button; works without signing in and without JavaScript. */
export async function stopReminders(form: FormData): Promise<void> {
  // Anyone can POST any arguments to an action, not only the form: anything but FormData is bad input.
  const parsed = stopSchema.safeParse({ token: form instanceof FormData ? (form.get("token") ?? "") : undefined });
  if (parsed.success) await stopRemindersByToken(parsed.data.token);
  redirect("/reminders/stop?stopped=1");
}
