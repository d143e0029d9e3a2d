"use client";

import Link from "next/link";
import { guideOverviews, type GuideOverview, type IndexedGuide } from "@/lib/progress/guide-overview";
import type { ChangeNotice } from "@/lib/progress/needs-attention";
import { mergeProgress } from "@/lib/progress/progress";
import type { ProgressState } from "@/lib/progress/progress-schema";
import { useBrowserProgress, useHydrated } from "@/components/checklist/use-browser-progress";
import { SaveStatus } from "@/components/checklist/save-status";

const SECTIONS = [
  { status: "needs-attention", heading: "Needs attention" },
  { status: "in-progress", heading: "In progress" },
  { status: "completed", heading: "Completed" },
] as const;

type DashboardProps = {
  guides: readonly IndexedGuide[];
  changes: readonly ChangeNotice[];
  /** Signed in: the account's progress as the server read it, so the dashboard is in the HTML. */
  accountProgress?: ProgressState;
};

/**
 * Your guides by what they need from you, from your progress and the change index. Anonymous,
 * progress lives in this browser, so the list appears once the page's JavaScript runs. Signed in,
 * the server renders it from the account, and the browser's copy (which may hold ticks not yet
 * sent) is merged in after hydration, the later decision winning per step as everywhere else.
 */
export function Dashboard({ guides, changes, accountProgress }: DashboardProps) {
  const browserProgress = useBrowserProgress();
  const hydrated = useHydrated();
  if (!hydrated && !accountProgress) return <p className="text-muted">Loading your progress…</p>;
  const progress = accountProgress ? mergeProgress(accountProgress, browserProgress) : browserProgress;
  const overviews = guideOverviews(progress, guides, changes);
  const started = overviews.filter((overview) => overview.status !== "not-started");

  return (
    <div className="space-y-10">
      <SaveStatus />
      {started.length === 0 ? (
        <p>
          You haven&rsquo;t started a guide yet.{" "}
          <Link href="/guides" className="text-accent underline">
            Pick one from the guides
          </Link>
          .
        </p>
      ) : null}
      {SECTIONS.map(({ status, heading }) => {
        const inSection = overviews.filter((overview) => overview.status === status);
        if (inSection.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`${status}-heading`} data-dashboard-section={status}>
            <h2 id={`${status}-heading`} className="mb-3 text-2xl font-semibold tracking-tight">
              {heading} <span className="text-muted">({inSection.length})</span>
            </h2>
            <ul className="space-y-3">
              {inSection.map((overview) => (
                <GuideRow key={overview.guide.slug} overview={overview} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function GuideRow({ overview }: { overview: GuideOverview }) {
  const { guide, attention, settled, total, needingAttention } = overview;
  const titleOf = (id: string) => guide.steps.find((step) => step.id === id)?.title ?? id;
  return (
    <li className="rounded-xl border border-line bg-surface p-4" data-guide={guide.slug}>
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">{guide.platformName}</p>
      <p className="text-lg font-semibold">
        <Link href={`/guides/${guide.slug}`} className="underline-offset-2 hover:underline">
          {guide.title}
        </Link>
      </p>
      <p className="text-sm text-muted">
        {settled} of {total} done{needingAttention > 0 ? ` · ${needingAttention} need${needingAttention === 1 ? "s" : ""} attention` : ""}
      </p>
      {needingAttention > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
          {[...attention.changedSteps].map(([stepId, stepChanges]) => (
            <li key={stepId}>
              <strong>{titleOf(stepId)}</strong>: {stepChanges.at(-1)?.summary}
            </li>
          ))}
          {attention.addedSteps.map((stepId) => (
            <li key={stepId}>
              New step: <strong>{titleOf(stepId)}</strong>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
