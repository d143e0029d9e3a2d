"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { reminderIntervalSchema } from "@/lib/reminders/reminder-schedule";
import { AppError } from "@/server/errors";
import { setMyReminder } from "@/server/reminders/reminder-service";

const reminderFormSchema = z.object({ interval: z.union([z.literal("off"), reminderIntervalSchema]) });

/** Saves the account page's reminder choice; a value outside off/3/6/12 changes nothing. */
export async function saveReminder(form: FormData): Promise<void> {
  // Anyone can POST any arguments to an action, not only the form: anything but FormData is bad input.
  const parsed = reminderFormSchema.safeParse({ interval: form instanceof FormData ? form.get("interval") : undefined });
  if (!parsed.success) return;
  try {
    await setMyReminder(parsed.data.interval);
  } catch (error) {
    // Signed out meanwhile (another tab, or a replayed request): there is nothing to save.
    if (error instanceof AppError && error.code === "unauthenticated") return;
    throw error;
  }
  revalidatePath("/account");
}
