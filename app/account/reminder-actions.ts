"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { reminderIntervalSchema } from "@/lib/reminders/reminder-schedule";
import { setMyReminder } from "@/server/reminders/reminder-service";

const reminderFormSchema = z.object({ interval: z.union([z.literal("off"), reminderIntervalSchema]) });

/** Saves the account page's reminder choice; a value outside off/3/6/12 changes nothing. */
export async function saveReminder(form: FormData): Promise<void> {
  const parsed = reminderFormSchema.safeParse({ interval: form.get("interval") });
  if (!parsed.success) return;
  await setMyReminder(parsed.data.interval);
  revalidatePath("/account");
}
