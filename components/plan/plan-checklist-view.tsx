"use client";

import Link from "next/link";
import { formatMinutes } from "@/lib/content/labels";
import { planChecklist, type PlanGuide } from "@/lib/plan/plan-checklist";
import type { PlanSelection } from "@/lib/plan/plan-selection";
import type { ChangeNotice } from "@/lib/progress/needs-attention";
import { ProgressBar } from "@/components/ui/progress-bar";
import { recordTicks } from "@/components/checklist/progress-sync";
import { useBrowserProgress } from "@/components/checklist/use-browser-progress";
import { SaveStatus } from "@/components/checklist/save-status";

/** One checklist across the plan's guides; ticks here are the same ticks as on each guide's page. */
export function PlanChecklistView({ guides, changes, selection }: { guides: readonly PlanGuide[]; changes: readonly ChangeNotice[]; selection: PlanSelection }) {
  const progress = useBrowserProgress();
  const plan = planChecklist(guides, selection, progress, changes);
  const tick = (guide: string, step: string, done: boolean) => recordTicks(guide, [step], { done, at: new Date().toISOString() });

  return (
    <section aria-labelledby="plan-checklist-heading" className="space-y-4">
      <h2 id="plan-checklist-heading" className="text-2xl font-semibold tracking-tight">
        Your checklist
      </h2>
      {selection.platforms.length === 0 ? (
        <p>Pick the services you use to see every setting to change, in one list.</p>
      ) : (
        <>
          {plan.guides.length === 0 ? <p data-plan-summary>No guide for these services applies where you live yet; see below what applies instead.</p> : null}
          {plan.guides.length > 0 ? (
            <>
              <div className="space-y-2 rounded-xl border border-line bg-surface p-4" data-plan-summary>
                <p className="font-semibold">
                  {plan.guides.length === 1 ? "1 guide" : `${plan.guides.length} guides`} · about {formatMinutes(plan.totalMinutes)} in all
                  {plan.remainingMinutes < plan.totalMinutes ? ` (${formatMinutes(plan.remainingMinutes)} left)` : ""}
                </p>
                {plan.outside.length > 0 ? (
                  <p>
                    Also picked: {[...new Set(plan.outside.map(({ guide }) => guide.platformName))].join(", ")}, whose guide is for another region; see{" "}
                    <a href="#plan-outside-heading" className="text-accent underline">
                      what applies where you live
                    </a>
                    .
                  </p>
                ) : null}
                <p id="plan-progress-label">
                  {plan.settledSteps} of {plan.totalSteps} steps done
                  {plan.needingAttention > 0 ? ` · ${plan.needingAttention} need${plan.needingAttention === 1 ? "s" : ""} attention` : ""}
                </p>
                <ProgressBar labelledBy="plan-progress-label" value={plan.settledSteps} max={plan.totalSteps} />
                <SaveStatus />
              </div>
              <ol className="space-y-4">
                {plan.guides.map(({ guide, attention, settled, total, needingAttention }) => (
                  <li key={guide.slug} className="rounded-xl border border-line bg-surface p-4" data-plan-guide={guide.slug}>
                    <p className="text-sm font-semibold tracking-wide text-accent uppercase">{guide.platformName}</p>
                    <h3 className="text-lg font-semibold">
                      <Link href={`/guides/${guide.slug}`} className="underline-offset-2 hover:underline">
                        {guide.title}
                      </Link>
                    </h3>
                    <p className="text-sm text-muted">
                      About {formatMinutes(guide.minutes)} · {settled} of {total} done
                      {needingAttention > 0 ? ` · ${needingAttention} need${needingAttention === 1 ? "s" : ""} attention` : ""}
                    </p>
                    <ul className="mt-3 space-y-2">
                      {guide.steps.map((step) => {
                        const flagged = attention.changedSteps.has(step.id) || attention.addedSteps.includes(step.id);
                        const done = progress[guide.slug]?.[step.id]?.done === true && !attention.changedSteps.has(step.id);
                        const id = `plan-${guide.slug}-${step.id}`;
                        return (
                          <li key={step.id} className="flex items-center gap-3" data-step-id={step.id}>
                            <input id={id} type="checkbox" className="size-5 shrink-0 accent-accent" checked={done} onChange={(event) => tick(guide.slug, step.id, event.target.checked)} />
                            <label htmlFor={id} className={done ? "line-through decoration-1" : undefined}>
                              {step.title}
                              {flagged ? <strong className="no-underline"> · Needs attention: re-check</strong> : null}
                            </label>
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          {plan.outside.length > 0 ? <OutsideRegion outside={plan.outside} /> : null}
        </>
      )}
    </section>
  );
}

/** Guides for services the person picked that are for other regions: listed with why and what applies instead, never dropped silently. */
function OutsideRegion({ outside }: { outside: readonly { guide: PlanGuide; reason: string }[] }) {
  return (
    <section aria-labelledby="plan-outside-heading" className="space-y-3" data-plan-outside>
      <h3 id="plan-outside-heading" className="text-xl font-semibold tracking-tight">
        Not for where you live
      </h3>
      <ul className="space-y-3">
        {outside.map(({ guide, reason }) => (
          <li key={guide.slug} className="rounded-xl border border-line bg-surface p-4" data-plan-outside-guide={guide.slug}>
            <p className="text-sm font-semibold tracking-wide text-accent uppercase">{guide.platformName}</p>
            <p className="font-semibold">
              <Link href={`/guides/${guide.slug}`} className="underline-offset-2 hover:underline">
                {guide.title}
              </Link>
            </p>
            <p className="text-sm">{reason}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
