import Link from "next/link";
import { CHANGE_KIND_LABELS } from "@/lib/content/change-constants";
import { changeFilterPath } from "@/lib/content/change-paths";
import type { ChangeView } from "@/lib/content/change-views";
import { formatCalendarDate } from "@/lib/content/dates";
import { ChangeBody } from "@/components/feed/change-body";
import { FeedLinks } from "@/components/feed/feed-links";
import { SeverityBadge } from "@/components/feed/severity-badge";
import { TouchedSteps } from "@/components/feed/touched-steps";
import { GuideSources } from "@/components/guides/guide-sources";
import { Breadcrumb } from "@/components/ui/breadcrumb";

/** One change entry in full: what changed, the steps to re-check and where to do it, and the sources. */
export function ChangeArticle({ change, code }: { change: ChangeView; code: string }) {
  const guideScope = { kind: "guide", slug: change.guide.slug } as const;
  return (
    <article className="mx-auto max-w-3xl">
      <Breadcrumb className="mb-4" trail={[{ label: "Changes", href: "/changes" }, { label: change.guide.title, href: changeFilterPath(guideScope) }]} />
      <header className="space-y-3 border-b border-line pb-6">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <time dateTime={change.date} className="font-medium">
            {formatCalendarDate(change.date)}
          </time>
          <SeverityBadge severity={change.severity} />
          <span className="text-muted">
            {CHANGE_KIND_LABELS[change.kind]} · {change.guide.platformName}
          </span>
        </div>
        <h1 className="text-3xl font-bold tracking-tight text-balance">{change.title}</h1>
        <p className="text-lg text-muted">{change.summary}</p>
      </header>
      <div className="mt-6">
        <ChangeBody code={code} />
      </div>
      <section aria-labelledby="touched-steps-heading" className="mt-8 rounded-xl border border-line bg-surface p-5">
        <h2 id="touched-steps-heading" className="mb-2 text-xl font-semibold tracking-tight">
          Steps this touches
        </h2>
        <p className="mb-2 text-muted">
          In{" "}
          <Link href={`/guides/${change.guide.slug}`} className="text-accent underline">
            {change.guide.title}
          </Link>
          :
        </p>
        <TouchedSteps steps={change.touchedSteps} />
        <p className="mt-4">
          <Link
            href={`/guides/${change.guide.slug}`}
            className="inline-flex min-h-11 items-center rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent no-underline hover:bg-accent-strong"
          >
            {change.severity === "action-needed" ? "Re-check these steps in the guide" : "Open the guide"}
          </Link>
        </p>
      </section>
      {change.sources.length > 0 ? (
        <GuideSources sources={change.sources} />
      ) : (
        <p className="mt-10 text-muted">This entry corrects our own guide, so there is no platform source to cite.</p>
      )}
      <footer className="mt-10 space-y-2 border-t border-line pt-6">
        <p>
          <Link href={changeFilterPath(guideScope)} className="text-accent underline">
            Every change to this guide
          </Link>
        </p>
        <FeedLinks scope={guideScope} label="changes to this guide" />
      </footer>
    </article>
  );
}
