import type { Metadata } from "next";
import Link from "next/link";
import { markAllNotificationsRead } from "@/app/notifications/actions";
import { NotificationList } from "@/components/notifications/notification-list";
import { UnreadCountSync } from "@/components/notifications/unread-count-sync";
import { Button } from "@/components/ui/button";
import { myNotifications } from "@/server/notifications/notification-service";

export const metadata: Metadata = { title: "Notifications", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function NotificationsPage() {
  const mine = await myNotifications();
  if (!mine) {
    return (
      <div className="mx-auto max-w-2xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Notifications</h1>
        <p className="text-muted">
          <Link href="/sign-in?callbackUrl=/notifications" className="text-accent underline">
            Sign in
          </Link>{" "}
          to see which settings changes concern you.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <UnreadCountSync count={mine.unread} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold tracking-tight">Notifications</h1>
          <p role="status" className="text-muted">
            {mine.unread === 0 ? "Nothing unread." : `${mine.unread} unread.`}
          </p>
        </div>
        {mine.unread > 0 ? (
          <form action={markAllNotificationsRead}>
            <Button type="submit" variant="secondary">
              Mark all as read
            </Button>
          </form>
        ) : null}
      </div>
      <NotificationList items={mine.items} />
    </div>
  );
}
