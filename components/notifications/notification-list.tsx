import Link from "next/link";
import { markNotificationRead } from "@/app/notifications/actions";
import { changeEntryPath } from "@/lib/content/change-paths";
import { Button } from "@/components/ui/button";
import type { NotificationItem } from "@/lib/notifications/notification-item";

const day = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

/** Settings changes that concern the person, newest first; unread ones are marked and can be marked read. */
export function NotificationList({ items }: { items: readonly NotificationItem[] }) {
  if (items.length === 0) {
    return (
      <p className="rounded-xl border border-line bg-surface p-4">
        No notifications yet. When a platform changes a setting you subscribed to or already fixed, it shows up here.
      </p>
    );
  }
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li
          key={item.id}
          data-notification-state={item.readAt ? "read" : "unread"}
          className={`space-y-2 rounded-xl border bg-surface p-4 ${item.readAt ? "border-line" : "border-accent"}`}
        >
          <p className="text-sm text-muted">
            {item.readAt ? null : <strong className="mr-2 text-accent">New</strong>}
            Changed on {day.format(item.change.date)}
            {item.change.severity === "action-needed" ? " · Action needed" : null}
          </p>
          <h2 className="text-lg font-semibold">
            <Link href={changeEntryPath(item.change.id)} className="underline hover:text-accent">
              {item.change.title}
            </Link>
          </h2>
          <p>{item.change.summary}</p>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link href={`/guides/${item.guide.slug}`} className="text-accent underline">
              Open the guide: {item.guide.title}
            </Link>
            {item.readAt ? null : (
              <form action={markNotificationRead}>
                <input type="hidden" name="id" value={item.id} />
                <Button type="submit" variant="secondary" aria-label={`Mark as read: ${item.change.title}`}>
                  Mark as read
                </Button>
              </form>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
