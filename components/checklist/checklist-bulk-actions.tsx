"use client";

import { useState } from "react";
import { isStepSettled, useChecklist } from "@/components/checklist/checklist-context";
import { Button } from "@/components/ui/button";

/** "Mark all done" and "Start over" (after confirming), below the steps so the first step comes first. */
export function ChecklistBulkActions() {
  const { steps, progress, attention, ready, setAllSteps } = useChecklist();
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const total = steps.length;
  const done = steps.filter((step) => isStepSettled(progress, attention, step.id)).length;
  const anyTicked = steps.some((step) => progress?.[step.id]?.done);
  const status = done === total && total > 0 ? "complete" : anyTicked ? "in-progress" : "not-started";

  const applyAll = (value: boolean) => {
    setAllSteps(value);
    setConfirmingReset(false);
    setAnnouncement(value ? `All ${total} steps marked done.` : `Progress cleared. 0 of ${total} steps done.`);
  };

  return (
    <div className="mt-3" data-print="hide">
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {ready ? (
        <div className="flex flex-wrap gap-2">
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
