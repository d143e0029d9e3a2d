"use client";

import { useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import { formatCalendarDate } from "@/lib/content/dates";
import { FRESHNESS_DAYS, mayBeOutOfDate } from "@/lib/content/freshness";
import { parseGuideLiveStatus } from "@/lib/review/guide-live-status";

const noopSubscribe = () => () => {};

/**
 * On a guide page: when it was last verified (a verification recorded at /review counts), in full
 * words when that is over FRESHNESS_DAYS ago, and what the source watcher saw of its official pages.
 * The prerendered HTML has the build's answers and says so; in the browser the page asks
 * /api/guides/<slug>/status on load (the endpoint is at most a minute old), and
 * recomputes "over 6 months ago" against today's date. The icons and the fixed advice are rendered
 * on the server and passed in, so they stay out of the page's JavaScript (the guide page is near
 * its 150 kB budget).
 */
export function GuideVerification(props: { slug: string; lastVerified: string; watch: string | undefined; staleAtRender: boolean; staleIcon: ReactNode; staleAdvice: ReactNode; watchIcon: ReactNode }) {
  const { slug } = props;
  const [live, setLive] = useState<{ lastVerified: string; watch: string | null }>();
  useEffect(() => {
    fetch(`/api/guides/${slug}/status`)
      .then((response) => response.json())
      .then((body: unknown) => setLive(parseGuideLiveStatus(body, slug)))
      // Offline, or the database is down (503): the build's text stays, and says it is as of the build.
      .catch(() => {});
  }, [slug]);
  const lastVerified = live?.lastVerified ?? props.lastVerified;
  const stale = useSyncExternalStore(noopSubscribe, () => mayBeOutOfDate(lastVerified, new Date()), () => props.staleAtRender);
  const watch = live ? live.watch : props.watch;
  const date = <time dateTime={lastVerified}>{formatCalendarDate(lastVerified)}</time>;
  return (
    <>
      {stale ? (
        <p className="flex gap-2 rounded-lg border border-line bg-canvas px-3 py-2 text-sm" data-freshness="stale">
          {props.staleIcon}
          <span>
            <strong className="font-semibold">
              Last checked {date}, over {Math.round(FRESHNESS_DAYS / 30)} months ago.
            </strong>{" "}
            {props.staleAdvice}
          </span>
        </p>
      ) : (
        <p className="text-sm text-muted" data-testid="last-verified">
          Last verified {date}
        </p>
      )}
      {watch ? (
        <p className="flex items-start gap-1 text-sm text-muted" data-testid="source-watch-note" data-live={live ? "" : undefined}>
          {props.watchIcon}
          <span>
            {watch}
            {live ? null : <span className="whitespace-nowrap"> (As of this page&apos;s last update.)</span>}
          </span>
        </p>
      ) : null}
    </>
  );
}
