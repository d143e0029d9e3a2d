"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { mayBeOutOfDate } from "@/lib/content/freshness";

const noopSubscribe = () => () => {};

/**
 * On a guide page: `stale` (when it was last checked, in plain visible words, and what is still
 * safe to do) for a guide not verified in FRESHNESS_DAYS, else `fresh` ("Last verified …"). Both
 * are rendered on the server; the browser only recomputes which applies against today's date, so
 * a page built months ago never keeps claiming to be fresh. Without JavaScript the build day's
 * answer shows.
 */
export function FreshnessNote({ lastVerified, staleAtRender, fresh, stale }: { lastVerified: string; staleAtRender: boolean; fresh: ReactNode; stale: ReactNode }) {
  const isStale = useSyncExternalStore(
    noopSubscribe,
    () => mayBeOutOfDate(lastVerified, new Date()),
    () => staleAtRender,
  );
  return <>{isStale ? stale : fresh}</>;
}
