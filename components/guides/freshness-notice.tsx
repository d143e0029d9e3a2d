"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { FRESHNESS_DAYS, mayBeOutOfDate } from "@/lib/content/freshness";

const noopSubscribe = () => () => {};

/**
 * "May be out of date" for a guide not verified in FRESHNESS_DAYS. Guide pages are prerendered,
 * so the server's answer is the build day's; the browser recomputes against today's date after
 * hydration, so a page built months ago never keeps claiming to be fresh (no revalidation needed,
 * and the prerendered HTML, with its CSP hashes, stays byte-identical). Without JavaScript the
 * build day's answer shows. The icon is rendered on the server and passed in, keeping the icon
 * library out of the page's JavaScript (guide pages sit at their first-load budget).
 */
export function FreshnessNotice({ lastVerified, staleAtRender, icon }: { lastVerified: string; staleAtRender: boolean; icon: ReactNode }) {
  const stale = useSyncExternalStore(
    noopSubscribe,
    () => mayBeOutOfDate(lastVerified, new Date()),
    () => staleAtRender,
  );
  if (!stale) return null;
  return (
    <span className="inline-flex items-center gap-1 font-semibold text-ink" data-freshness="stale">
      {icon}
      May be out of date: not checked in {Math.round(FRESHNESS_DAYS / 30)} months
    </span>
  );
}
