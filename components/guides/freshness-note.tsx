"use client";

import { useSyncExternalStore } from "react";
import { Info } from "lucide-react";
import { formatCalendarDate } from "@/lib/content/dates";
import { mayBeOutOfDate, monthsSince } from "@/lib/content/freshness";

const noopSubscribe = () => () => {};

/**
 * On a guide page, in plain visible words (no tooltip), for a guide not checked in FRESHNESS_DAYS:
 * when it was last checked, what that means, and what is still safe to do. Recomputed against
 * today in the browser, like FreshnessNotice; without JavaScript the build day's answer shows.
 */
export function FreshnessNote({ lastVerified, platformName, monthsAtRender }: { lastVerified: string; platformName: string; monthsAtRender: number | null }) {
  const months = useSyncExternalStore(
    noopSubscribe,
    () => (mayBeOutOfDate(lastVerified, new Date()) ? monthsSince(lastVerified, new Date()) : null),
    () => monthsAtRender,
  );
  if (months === null) return null;
  return (
    <p className="flex gap-2 rounded-lg border border-line bg-canvas p-3 text-sm" data-freshness="stale">
      <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>
        <strong className="font-semibold">
          Last checked <time dateTime={lastVerified}>{formatCalendarDate(lastVerified)}</time>, {months} months ago.
        </strong>{" "}
        {platformName} may have renamed or moved something since. The steps are still safe to try: each says what you should
        see, and &ldquo;Check it worked&rdquo; confirms the result.
      </span>
    </p>
  );
}
