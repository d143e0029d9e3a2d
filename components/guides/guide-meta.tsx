import { CalendarCheck, Clock, Gauge } from "lucide-react";
import type { GuideSummary } from "@/lib/content/guide-schema";
import { formatCalendarDate } from "@/lib/content/dates";
import { mayBeOutOfDate } from "@/lib/content/freshness";
import { FreshnessNotice } from "@/components/guides/freshness-notice";
import { DIFFICULTY_LABELS, formatMinutes } from "@/lib/content/labels";

/** Time, difficulty and freshness: the three things people weigh before starting a guide. */
/** `freshnessBadge` off on a guide page, where FreshnessNote says it in full words. */
export function GuideMeta({ guide, freshnessBadge = true }: { guide: GuideSummary; freshnessBadge?: boolean }) {
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
      <div className="flex items-center gap-1">
        <CalendarCheck aria-hidden="true" className="size-4" />
        <dt>Last verified</dt>
        <dd>
          <time dateTime={guide.lastVerified}>{formatCalendarDate(guide.lastVerified)}</time>{" "}
          {freshnessBadge ? <FreshnessNotice lastVerified={guide.lastVerified} staleAtRender={mayBeOutOfDate(guide.lastVerified, new Date())} /> : null}
        </dd>
      </div>
    </dl>
  );
}
