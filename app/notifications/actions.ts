"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { markAllMyNotificationsRead, markMyNotificationRead, notificationIdSchema } from "@/server/notifications/notification-service";

const markReadSchema = z.object({ id: notificationIdSchema });

/** "Mark as read" on one notification; forms work without JavaScript. Someone else's id changes nothing. */
export async function markNotificationRead(form: FormData): Promise<void> {
  const parsed = markReadSchema.safeParse({ id: form.get("id") });
  if (!parsed.success) return;
  try {
    await markMyNotificationRead(parsed.data.id);
  } catch (error) {
    // Already gone or not yours: the page simply shows the list as it is.
    if (!(error instanceof AppError && error.code === "not-found")) throw error;
  }
  revalidatePath("/notifications");
}

export async function markAllNotificationsRead(): Promise<void> {
  await markAllMyNotificationsRead();
  revalidatePath("/notifications");
}
