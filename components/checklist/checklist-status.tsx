"use client";

import { useState } from "react";
import { CircleCheckBig } from "lucide-react";
import { attentionCount } from "@/lib/progress/needs-attention";
import { isStepSettled, useChecklist } from "@/components/checklist/checklist-context";
import { Button } from "@/components/ui/button";
import { SaveStatus } from "@/components/checklist/save-status";

/** Progress summary, bar and bulk actions above the steps; announces changes to screen readers. */
export function ChecklistStatus() {
  const { steps, progress, attention, ready, setAllSteps } = useChecklist();
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const total = steps.length;
  const done = steps.filter((step) => isStepSettled(progress, attention, step.id)).length;
  const needingAttention = attentionCount(attention);
  const anyTicked = steps.some((step) => progress?.[step.id]?.done);
  const status = done === total && total > 0 ? "complete" : anyTicked ? "in-progress" : "not-started";

  const applyAll = (value: boolean) => {
    setAllSteps(value);
    setConfirmingReset(false);
    setAnnouncement(value ? `All ${total} steps marked done.` : `Progress cleared. 0 of ${total} steps done.`);
  };

  return (
    <div className="mb-4 rounded-xl border border-line bg-surface p-4" data-print="hide">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p id="checklist-progress-label" className="font-semibold">
          {ready ? `${done} of ${total} done` : `${total} steps`}
          {ready && needingAttention > 0 ? ` · ${needingAttention} need${needingAttention === 1 ? "s" : ""} attention` : null}
        </p>
        <div role="status" aria-live="polite">
          <SaveStatus />
        </div>
      </div>
      <progress
        className="mt-2 h-2 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-line [&::-webkit-progress-value]:bg-accent"
        max={total}
        value={ready ? done : 0}
        aria-labelledby="checklist-progress-label"
      />
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {ready && status === "complete" ? (
        <p role="status" className="mt-3 flex items-center gap-2 rounded-lg bg-done-soft p-3 font-medium text-done">
          <CircleCheckBig aria-hidden="true" className="size-5 shrink-0" />
          All done. Every step of this guide is ticked off.
        </p>
      ) : null}
      {ready ? (
        <div className="mt-3 flex flex-wrap gap-2">
          {confirmingReset ? (
            <>
              <span className="self-center text-sm">Clear all {done} ticks for this guide?</span>
              <Button variant="danger" onClick={() => applyAll(false)}>
                Yes, start over
              </Button>
              <Button variant="secondary" onClick={() => setConfirmingReset(false)}>
                Cancel
              </Button>
            </>
          ) : (
            <>
              <Button variant="secondary" disabled={status === "complete"} onClick={() => applyAll(true)}>
                Mark all done
              </Button>
              <Button variant="secondary" disabled={status === "not-started"} onClick={() => setConfirmingReset(true)}>
                Start over
              </Button>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
