import "server-only";
import { currentUser, requireUser } from "@/server/auth/current-user";
import { AppError } from "@/server/errors";
import type { NotificationItem } from "@/lib/notifications/notification-item";
import { listNotifications, markAllNotificationsRead, markNotificationRead, unreadNotificationCount } from "@/server/notifications/notification-store";
import { rowIdSchema } from "@/lib/security/row-id";

/** Authorization lives here: the user id always comes from the session, never from the request. */
export const notificationIdSchema = rowIdSchema;

/** The signed-in person's notifications, or undefined when nobody is signed in. */
export async function myNotifications(): Promise<{ items: NotificationItem[]; unread: number } | undefined> {
  const user = await currentUser();
  if (!user) return undefined;
  const [items, unread] = await Promise.all([listNotifications(user.id), unreadNotificationCount(user.id)]);
  return { items, unread };
}

export async function myUnreadNotificationCount(): Promise<number> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in to see your notifications.");
  return unreadNotificationCount(user.id);
}

export async function markMyNotificationRead(notificationId: string): Promise<void> {
  const user = await requireUser();
  await markNotificationRead(user.id, notificationIdSchema.parse(notificationId));
}

export async function markAllMyNotificationsRead(): Promise<number> {
  const user = await requireUser();
  return markAllNotificationsRead(user.id);
}
