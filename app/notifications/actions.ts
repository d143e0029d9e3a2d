"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { markAllMyNotificationsRead, markMyNotificationRead, notificationIdSchema } from "@/server/notifications/notification-service";

const markReadSchema = z.object({ id: notificationIdSchema });

const isStaleRequest = (error: unknown) => error instanceof AppError && (error.code === "not-found" || error.code === "unauthenticated");

/** "Mark as read" on one notification; forms work without JavaScript. Someone else's id changes nothing. */
export async function markNotificationRead(form: FormData): Promise<void> {
  // Anyone can POST any arguments to an action, not only the form: anything but FormData is bad input.
  const parsed = markReadSchema.safeParse({ id: form instanceof FormData ? form.get("id") : undefined });
  if (!parsed.success) return;
  try {
    await markMyNotificationRead(parsed.data.id);
  } catch (error) {
    // Already gone, not yours, or signed out meanwhile: the page simply shows what is true now.
    if (!isStaleRequest(error)) throw error;
  }
  revalidatePath("/notifications");
}

export async function markAllNotificationsRead(): Promise<void> {
  await markAllMyNotificationsRead().catch((error: unknown) => {
    if (!isStaleRequest(error)) throw error;
  });
  revalidatePath("/notifications");
}
