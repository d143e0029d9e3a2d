import "server-only";
import type { NotificationItem } from "@/lib/notifications/notification-item";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";

/** How many notifications the list shows; older ones stay in the database until the account goes. */
export const NOTIFICATION_LIST_LIMIT = 100;

/** One person's notifications, newest first. Every query here is scoped to the given user. */
export async function listNotifications(userId: string, limit = NOTIFICATION_LIST_LIMIT): Promise<NotificationItem[]> {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      createdAt: true,
      readAt: true,
      change: { select: { id: true, title: true, summary: true, date: true, severity: true, guide: { select: { slug: true, title: true } } } },
    },
  });
  return rows.map(({ change: { guide, ...change }, ...row }) => ({ ...row, change, guide }));
}

export async function unreadNotificationCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** Marks one of the person's own notifications read; someone else's id is "not found", never touched. */
export async function markNotificationRead(userId: string, notificationId: string, now = new Date()): Promise<void> {
  const { count } = await db.notification.updateMany({ where: { id: notificationId, userId, readAt: null }, data: { readAt: now } });
  if (count === 1) return;
  const own = await db.notification.count({ where: { id: notificationId, userId } });
  if (own === 0) throw new AppError("not-found", "That notification does not exist.");
}

export async function markAllNotificationsRead(userId: string, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return count;
}
