"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { isStepSettled, useChecklist } from "@/components/checklist/checklist-context";

/**
 * What comes after the last tick: "All done" and the next steps (rendered on the server, passed in
 * as children). Shown once every step is settled; when that happens on this page, it is scrolled
 * into view (gently, unless the person asked for reduced motion). Focus stays where it was.
 */
export function GuideCompletion({ children }: { children: ReactNode }) {
  const { steps, progress, attention, ready } = useChecklist();
  const complete = ready && steps.length > 0 && steps.every((step) => isStepSettled(progress, attention, step.id));
  const panel = useRef<HTMLDivElement>(null);
  const wasComplete = useRef<boolean | null>(null);

  useEffect(() => {
    if (!ready) return;
    if (wasComplete.current === false && complete) {
      const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      panel.current?.scrollIntoView({ block: "nearest", behavior: reduce ? "auto" : "smooth" });
    }
    wasComplete.current = complete;
  }, [ready, complete]);

  return (
    <div ref={panel} hidden={!complete} className="mt-4 scroll-mb-4 rounded-xl border border-done bg-done-soft p-4" data-guide-complete={complete} data-print="hide">
      {children}
    </div>
  );
}
