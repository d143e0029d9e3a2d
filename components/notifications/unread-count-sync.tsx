"use client";

import { useEffect } from "react";
import { announceUnreadCount } from "@/components/notifications/unread-count-event";

/** Tells the header bell the count this server-rendered page just read (after "mark as read" too). */
export function UnreadCountSync({ count }: { count: number }) {
  useEffect(() => announceUnreadCount(count), [count]);
  return null;
}
