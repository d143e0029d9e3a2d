import Link from "next/link";
import { CHANGE_KIND_LABELS } from "@/lib/content/change-constants";
import { changeEntryPath } from "@/lib/content/change-paths";
import type { ChangeView } from "@/lib/content/change-views";
import { formatCalendarDate } from "@/lib/content/dates";
import { REGION_LABELS } from "@/lib/content/labels";
import { SeverityBadge } from "@/components/feed/severity-badge";
import { TouchedSteps } from "@/components/feed/touched-steps";

/** One entry in the feed: when, how serious, what kind, which guide and steps, and a link to the whole entry. */
export function ChangeCard({ change, headingLevel = 2 }: { change: ChangeView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const headingId = `change-${change.id}`;
  const actionNeeded = change.severity === "action-needed";
  return (
    <article
      aria-labelledby={headingId}
      data-change-id={change.id}
      className={`space-y-3 rounded-xl border bg-surface p-5 shadow-sm ${actionNeeded ? "border-warn-line border-l-4" : "border-line"}`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <time dateTime={change.date} className="font-medium">
          {formatCalendarDate(change.date)}
        </time>
        <SeverityBadge severity={change.severity} />
        <span className="text-muted">{CHANGE_KIND_LABELS[change.kind]}</span>
        {change.published ? (
          <span className="text-muted">
            · added to the history on {formatCalendarDate(change.published)}
          </span>
        ) : null}
      </div>
      <Heading id={headingId} className="text-lg leading-snug font-semibold">
        <Link href={changeEntryPath(change.id)} className="text-accent underline">
          {change.title}
        </Link>
      </Heading>
      <p>{change.summary}</p>
      <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Guide</dt>
        <dd>
          <span className="text-muted">{change.guide.platformName} · </span>
          <Link href={`/guides/${change.guide.slug}`} className="text-accent underline">
            {change.guide.title}
          </Link>
        </dd>
        {change.regions ? (
          <>
            <dt className="font-semibold">Where</dt>
            <dd>{change.regions.map((region) => REGION_LABELS[region]).join(", ")}</dd>
          </>
        ) : null}
        <dt className="font-semibold">Steps</dt>
        <dd>
          <TouchedSteps steps={change.touchedSteps} inline />
        </dd>
      </dl>
    </article>
  );
}
