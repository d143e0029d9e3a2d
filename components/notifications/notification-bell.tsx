"use client";

import { useEffect, useState, type ReactNode } from "react";
import Link from "next/link";
import { hasSignedInHint } from "@/lib/auth/signed-in-hint";
import { UNREAD_COUNT_EVENT } from "@/components/notifications/unread-count-event";

async function fetchUnreadCount(): Promise<number | null> {
  try {
    const response = await fetch("/api/notifications/unread", { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return null;
    const { unread } = (await response.json()) as { unread?: unknown };
    return typeof unread === "number" ? unread : null;
  } catch {
    return null;
  }
}

/**
 * The header bell for signed-in people. Pages stay static: the count is fetched here, and only
 * when the signed-in hint cookie is present, so anonymous visitors send no request at all. The
 * icon comes rendered from the server, keeping the icon library out of every page's JavaScript.
 */
export function NotificationBell({ icon }: { icon: ReactNode }) {
  const [unread, setUnread] = useState<number | null>(null);
  useEffect(() => {
    if (!hasSignedInHint(document.cookie)) return;
    let current = true;
    const refresh = () => void fetchUnreadCount().then((count) => current && setUnread(count));
    const onCount = (event: Event) => setUnread((event as CustomEvent<number>).detail);
    const onVisible = () => document.visibilityState === "visible" && refresh();
    refresh();
    window.addEventListener(UNREAD_COUNT_EVENT, onCount);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      current = false;
      window.removeEventListener(UNREAD_COUNT_EVENT, onCount);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);
  if (unread === null) return null;
  return (
    <li>
      <Link
        href="/notifications"
        aria-label={`Notifications, ${unread} unread`}
        className="flex items-center gap-1 rounded-md px-3 py-2 font-medium hover:bg-accent-soft"
        data-unread-count={unread}
      >
        {icon}
        {unread > 0 ? (
          <span aria-hidden="true" className="rounded-full bg-accent px-2 py-0.5 text-xs font-bold text-on-accent">
            {unread}
          </span>
        ) : null}
      </Link>
    </li>
  );
}
