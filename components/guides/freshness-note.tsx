"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { formatCalendarDate } from "@/lib/content/dates";
import { mayBeOutOfDate, monthsSince } from "@/lib/content/freshness";

const noopSubscribe = () => () => {};

/**
 * On a guide page, the day it was last verified; in plain visible words (no tooltip), for a guide not checked in FRESHNESS_DAYS:
 * when it was last checked, what that means, and what is still safe to do. Recomputed against
 * today in the browser, like FreshnessNotice; without JavaScript the build day's answer shows.
 */
export function FreshnessNote({ lastVerified, platformName, monthsAtRender, icon }: { lastVerified: string; platformName: string; monthsAtRender: number | null; icon?: ReactNode }) {
  const months = useSyncExternalStore(
    noopSubscribe,
    () => (mayBeOutOfDate(lastVerified, new Date()) ? monthsSince(lastVerified, new Date()) : null),
    () => monthsAtRender,
  );
  if (months === null) {
    return (
      <p className="text-sm text-muted">
        Last verified <time dateTime={lastVerified}>{formatCalendarDate(lastVerified)}</time>
      </p>
    );
  }
  return (
    <p className="flex gap-2 rounded-lg border border-line bg-canvas px-3 py-2 text-sm" data-freshness="stale">
      {icon}
      <span>
        <strong className="font-semibold">
          Last checked <time dateTime={lastVerified}>{formatCalendarDate(lastVerified)}</time>, {months} months ago.
        </strong>{" "}
        {platformName} may have changed a label since. The steps are still safe: each says what you should see.
      </span>
    </p>
  );
}
