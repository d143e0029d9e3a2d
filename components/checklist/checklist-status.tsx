"use client";

import { attentionCount } from "@/lib/progress/needs-attention";
import { isStepSettled, useChecklist } from "@/components/checklist/checklist-context";
import { SaveStatus } from "@/components/checklist/save-status";
import { ProgressBar } from "@/components/ui/progress-bar";

/** Progress summary and bar above the steps; the save line announces changes to screen readers. */
export function ChecklistStatus() {
  const { steps, progress, attention, ready } = useChecklist();
  const total = steps.length;
  const done = steps.filter((step) => isStepSettled(progress, attention, step.id)).length;
  const needingAttention = attentionCount(attention);

  return (
    <div className="mb-3 rounded-xl border border-line bg-surface p-3 sm:p-4" data-print="hide">
      {/* On a phone the save line gets its own row instead of squeezing beside the count. */}
      <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-3">
        <p id="checklist-progress-label" className="font-semibold">
          {ready ? `${done} of ${total} done` : `${total} steps`}
          {ready && needingAttention > 0 ? ` · ${needingAttention} need${needingAttention === 1 ? "s" : ""} attention` : null}
        </p>
        <div role="status" aria-live="polite" className="min-w-0 sm:text-right">
          <SaveStatus />
        </div>
      </div>
      <ProgressBar className="mt-2" max={total} value={ready ? done : 0} labelledBy="checklist-progress-label" />
    </div>
  );
}
