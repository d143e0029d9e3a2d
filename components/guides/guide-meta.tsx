import type { ReactNode } from "react";
import { CalendarCheck, Clock, Gauge } from "lucide-react";
import type { GuideSummary } from "@/lib/content/guide-schema";
import { formatCalendarDate } from "@/lib/content/dates";
import { DIFFICULTY_LABELS, formatMinutes } from "@/lib/content/labels";

/** Time, difficulty and freshness: the three things people weigh before starting a guide. */
/**
 * `freshness`: the card's "may be out of date" badge (FreshnessNotice), passed in rather than
 * imported so a guide page, which says it in full words (GuideVerification), ships none of its code.
 * `verified` off on a guide page: GuideVerification says when it was last verified there.
 */
export function GuideMeta({ guide, freshness, verified = true }: { guide: GuideSummary; freshness?: ReactNode; verified?: boolean }) {
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
      <div className="flex items-center gap-1">
        <Clock aria-hidden="true" className="size-4" />
        <dt className="sr-only">Time needed</dt>
        <dd>About {formatMinutes(guide.minutes)}</dd>
      </div>
      <div className="flex items-center gap-1">
        <Gauge aria-hidden="true" className="size-4" />
        <dt className="sr-only">Difficulty</dt>
        <dd>{DIFFICULTY_LABELS[guide.difficulty]}</dd>
      </div>
      {verified ? (
      // Wraps as words do on a phone: the date after the label, the badge on its own line when it must.
      <div className="flex flex-wrap items-center gap-1">
        <CalendarCheck aria-hidden="true" className="size-4 shrink-0" />
        <dt>Last verified</dt>
        <dd className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <time dateTime={guide.lastVerified}>{formatCalendarDate(guide.lastVerified)}</time>
          {freshness}
        </dd>
      </div>
      ) : null}
    </dl>
  );
}
