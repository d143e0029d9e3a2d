"use client";

import { useState, type ReactNode } from "react";
import Link from "next/link";
import { formatCalendarDate } from "@/lib/content/dates";
import { isStepSettled, useChecklist } from "@/components/checklist/checklist-context";
import { Button } from "@/components/ui/button";

/**
 * One step of the checklist. The title and body are rendered on the server (readable without
 * JavaScript); this leaf adds the tick box, the show/hide toggle and the "needs attention" state.
 * Only the box ticks (the title is a heading, not a label, so a tap there to read never ticks). A
 * step ticked now keeps its instructions open; steps already done when the page opens start folded.
 */
export function ChecklistItem({ stepId, title, children }: { stepId: string; title: string; children: ReactNode }) {
  const { steps, progress, attention, ready, setStepDone } = useChecklist();
  const [openOverride, setOpenOverride] = useState<boolean | null>(null);
  const changes = attention.changedSteps.get(stepId);
  const added = attention.addedSteps.includes(stepId);
  const done = isStepSettled(progress, attention, stepId);
  const state = changes ? "attention" : done ? "done" : "todo";
  const expanded = openOverride ?? !done;
  const position = steps.findIndex((step) => step.id === stepId) + 1;
  const checkboxId = `step-${stepId}-done`;
  const detailsId = `step-${stepId}-details`;
  const titleId = `step-${stepId}-title`;

  return (
    <li
      data-step-id={stepId}
      data-state={state}
      className="rounded-xl border border-line bg-surface shadow-sm data-[state=attention]:border-warn-line data-[state=attention]:bg-warn-soft data-[state=done]:border-done data-[state=done]:bg-done-soft"
    >
      <div className="flex items-start gap-3 p-3 sm:p-4">
        <input
          id={checkboxId}
          type="checkbox"
          className="mt-0.5 size-6 shrink-0 cursor-pointer accent-accent disabled:cursor-wait"
          checked={done}
          disabled={!ready}
          aria-labelledby={titleId}
          onChange={(event) => {
            setStepDone(stepId, event.target.checked);
            setOpenOverride(true);
          }}
        />
        <h3 className="m-0 min-w-0 flex-1 text-lg leading-snug font-semibold">
          <span className="block text-sm font-medium text-muted">
            Step {position} of {steps.length}
            {done ? <span className="text-done"> · Done</span> : null}
            {changes ? <span className="font-semibold text-ink"> · Needs attention: re-check</span> : null}
            {added ? <span className="font-semibold text-ink"> · New step</span> : null}
          </span>
          <span id={titleId} className={done ? "line-through decoration-1" : undefined}>
            {title}
          </span>
        </h3>
        {ready ? (
          <button
            type="button"
            className="flex shrink-0 items-center gap-1 rounded-md px-2 py-1 text-sm font-medium text-accent hover:bg-accent-soft"
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={() => setOpenOverride(!expanded)}
          >
            {expanded ? "Hide details" : "Show details"}
            <span className="sr-only"> for “{title}”</span>
            {/* A CSS chevron: an icon here would ship its drawing to the browser on every guide page. */}
            <span aria-hidden="true" className={`ml-1 inline-block size-2 border-r-2 border-b-2 border-current transition-transform ${expanded ? "mt-1 -rotate-135" : "-mt-1 rotate-45"}`} />
          </button>
        ) : null}
      </div>
      {changes ? (
        <div className="mx-4 mb-3 rounded-lg border border-warn-line bg-surface p-3 text-sm" data-attention-note>
          <p className="font-semibold">
            You ticked this before the platform changed it. Check it again:
          </p>
          <ul className="mt-1 list-disc pl-6">
            {changes.map((change) => (
              <li key={change.id}>
                Changed on {formatCalendarDate(change.date)}: {change.summary}{" "}
                <Link href={`/changes/${change.id}`} className="text-accent underline">
                  What changed
                </Link>
              </li>
            ))}
          </ul>
          <Button className="mt-2" onClick={() => setStepDone(stepId, true)}>
            Checked again
          </Button>
        </div>
      ) : null}
      <div id={detailsId} hidden={!expanded} className="prose-guide px-4 pb-4 sm:pl-13">
        {children}
      </div>
    </li>
  );
}
