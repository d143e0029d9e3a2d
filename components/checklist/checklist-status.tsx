"use client";

import { useEffect, useRef } from "react";
import { attentionCount } from "@/lib/progress/needs-attention";
import { isStepSettled, useChecklist } from "@/components/checklist/checklist-context";
import { SaveStatus } from "@/components/checklist/save-status";
import { ProgressBar } from "@/components/ui/progress-bar";

/**
 * Progress summary and bar above the steps; the save line announces changes to screen readers.
 * `data-checklist-complete` lets CSS show the server-rendered "All done" panel under the steps
 * (no component of its own in the browser); when the last tick lands, the panel is scrolled into
 * view, gently unless reduced motion is asked for. Focus stays on the tick box.
 */
export function ChecklistStatus() {
  const { steps, progress, attention, ready } = useChecklist();
  const total = steps.length;
  const done = steps.filter((step) => isStepSettled(progress, attention, step.id)).length;
  const needingAttention = attentionCount(attention);
  const complete = ready && total > 0 && done === total;
  const wasComplete = useRef<boolean | null>(null);

  useEffect(() => {
    if (!ready) return;
    if (wasComplete.current === false && complete) {
      const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      document.querySelector("[data-guide-complete]")?.scrollIntoView({ block: "nearest", behavior: reduce ? "auto" : "smooth" });
    }
    wasComplete.current = complete;
  }, [ready, complete]);

  return (
    <div className="mb-2 rounded-xl border border-line bg-surface p-3 sm:p-4 [&_p]:my-0" data-print="hide" data-checklist-complete={complete ? "true" : undefined}>
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
