import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { changeReviewAlerts, markGuideStillCorrect, requestChangeEntry } from "@/app/review/actions";
import { SourceDiffView } from "@/components/review/source-diff";
import { Button } from "@/components/ui/button";
import { CHANGE_KIND_LABELS } from "@/lib/content/change-constants";
import { DRAFT_KINDS, DRAFT_SEVERITIES } from "@/lib/review/change-entry-draft";
import { currentEditor } from "@/server/review/editors";
import { myReviewAlerts } from "@/server/review/review-alerts";
import { reviewQueue, type FlaggedGuideView } from "@/server/review/review-queue";

export const metadata: Metadata = { title: "Review queue", robots: { index: false } };
export const dynamic = "force-dynamic";

const searchSchema = z.object({
  verified: z.string().max(100).optional(),
  problem: z.enum(["invalid", "stale"]).optional(),
  alerts: z.enum(["on", "off"]).optional(),
});

const REASON_LABELS: Record<string, string> = {
  "anchor-missing": "Wording a step relies on is gone",
  "reader-report": "Readers say a step does not match",
  "source-changed": "Official page changed",
  "source-failing": "Official page could not be checked",
};

const day = (date: Date) => date.toISOString().slice(0, 10);

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await currentEditor())) notFound();
  const search = searchSchema.safeParse(await searchParams);
  const notice = search.success ? search.data : {};
  const [queue, alertsOn] = await Promise.all([reviewQueue(), myReviewAlerts()]);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold tracking-tight">Review queue</h1>
          <p className="text-muted">
            {queue.length === 0 ? "Nothing is waiting for review." : `${queue.length} ${queue.length === 1 ? "guide is" : "guides are"} flagged, most urgent first.`}{" "}
            <Link href="/review/audit" className="text-accent underline">
              Audit log
            </Link>
          </p>
        </div>
        <form action={changeReviewAlerts}>
          <input type="hidden" name="alerts" value={alertsOn ? "off" : "on"} />
          <Button type="submit" variant="secondary">
            {alertsOn ? "Stop emailing me about new flags" : "Email me when something new is flagged"}
          </Button>
        </form>
      </div>
      <div role="status">
        {notice.verified ? <p className="rounded-lg border border-line bg-done-soft px-3 py-2">Recorded: {notice.verified} is still correct. Its guide page shows the new verification date within a minute.</p> : null}
        {notice.problem === "stale" ? <p className="rounded-lg border border-line bg-warn-soft px-3 py-2">That guide was already handled or is no longer flagged; the queue below is current.</p> : null}
        {notice.problem === "invalid" ? <p className="rounded-lg border border-line bg-warn-soft px-3 py-2">That request was incomplete; nothing was changed.</p> : null}
        {notice.alerts ? <p className="rounded-lg border border-line bg-note-soft px-3 py-2">{notice.alerts === "on" ? "You will get an email when something new is flagged." : "Review emails are off."}</p> : null}
      </div>
      <ol className="space-y-8">
        {queue.map((guide) => (
          <li key={guide.guideSlug}>
            <FlaggedGuide guide={guide} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function FlaggedGuide({ guide }: { guide: FlaggedGuideView }) {
  const headingId = `flagged-${guide.guideSlug}`;
  const suggestedKind = guide.diffs.some((diff) => diff.fromSeen) ? (guide.steps.some((step) => step.missingAnchors.length > 0) ? "setting-renamed" : "setting-moved") : "guide-corrected";
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-xl border border-line bg-surface p-4 sm:p-5" data-testid="flagged-guide" data-guide={guide.guideSlug}>
      <header className="space-y-1">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          {guide.platformName} · priority {guide.priority}
        </p>
        <h2 id={headingId} className="text-xl font-semibold">
          <Link href={`/guides/${guide.guideSlug}`} className="underline">
            {guide.title}
          </Link>
        </h2>
        <p className="text-sm text-muted">
          {guide.reasons.map((reason) => REASON_LABELS[reason] ?? reason).join(" · ")} · flagged since <time dateTime={day(guide.since)}>{day(guide.since)}</time>
        </p>
      </header>
      {guide.steps.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">Steps concerned</h3>
          <ul className="space-y-3">
            {guide.steps.map((step) => (
              <li key={step.id} className="space-y-1" data-step-id={step.id}>
                <p>
                  <strong>{step.number ? `Step ${step.number}: ` : ""}{step.title}</strong> <code className="text-xs text-muted">{step.id}</code>
                </p>
                {step.missingAnchors.map((phrase) => (
                  <p key={phrase} className="text-sm">
                    No longer on the page: “{phrase}”
                  </p>
                ))}
                {step.reports.length > 0 ? (
                  <details open={step.reports.length <= 3}>
                    <summary className="cursor-pointer text-sm font-semibold">
                      {step.reports.length} reader {step.reports.length === 1 ? "report" : "reports"}
                    </summary>
                    <ul className="mt-1 space-y-1 text-sm">
                      {step.reports.map((report) => (
                        <li key={report.id} className="rounded border border-line px-2 py-1" data-testid="reader-report">
                          {/* Reader text is rendered as text only, never as markup. */}
                          <p className="whitespace-pre-wrap">{report.differs}</p>
                          <p className="text-muted">
                            {report.device}
                            {report.region ? ` · ${report.region}` : ""} · <time dateTime={report.createdAt.toISOString()}>{day(report.createdAt)}</time>
                          </p>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm">The guide as a whole is flagged: its page changed outside the wording the steps rely on.</p>
      )}
      {guide.failing.length > 0 ? (
        <ul className="text-sm">
          {guide.failing.map((failing) => (
            <li key={failing.url}>
              Could not check {failing.url}: {failing.why}
            </li>
          ))}
        </ul>
      ) : null}
      {guide.diffs.map((diff) => (
        <SourceDiffView key={`${diff.sourceId}-${diff.toSeen.toISOString()}`} diff={diff} />
      ))}
      <div className="flex flex-wrap items-end gap-3 border-t border-line pt-4">
        <form action={markGuideStillCorrect}>
          <input type="hidden" name="guide" value={guide.guideSlug} />
          {guide.itemIds.map((id) => (
            <input key={id} type="hidden" name="item" value={id} />
          ))}
          <Button type="submit">Still correct</Button>
        </form>
        <form action={requestChangeEntry} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="guide" value={guide.guideSlug} />
          <label className="text-sm">
            <span className="block font-semibold">Kind</span>
            <select name="kind" defaultValue={suggestedKind} className="min-h-11 rounded-lg border border-line bg-surface px-2">
              {DRAFT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {CHANGE_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-semibold">Severity</span>
            <select name="severity" defaultValue={guide.steps.some((step) => step.missingAnchors.length > 0) ? "action-needed" : "info"} className="min-h-11 rounded-lg border border-line bg-surface px-2">
              {DRAFT_SEVERITIES.map((severity) => (
                <option key={severity} value={severity}>
                  {severity}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary">
            Needs a change entry
          </Button>
        </form>
      </div>
    </section>
  );
}
