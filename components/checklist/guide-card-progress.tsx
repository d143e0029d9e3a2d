"use client";

import { guideCompletion } from "@/lib/progress/progress";
import { useBrowserProgress, useHydrated } from "@/components/checklist/use-browser-progress";

/** "2 of 5 done" on a guide card, from this browser's progress; shows the step count until hydrated. */
export function GuideCardProgress({ guide, stepIds }: { guide: string; stepIds: string[] }) {
  const progress = useBrowserProgress()[guide];
  const hydrated = useHydrated();
  const { done, total, status } = guideCompletion(progress, stepIds);
  if (!hydrated || status === "not-started") return <p className="text-sm text-muted">{total} steps</p>;
  return (
    <div className="flex items-center gap-3 text-sm">
      <progress
        className="h-2 flex-1 overflow-hidden rounded-full [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-line [&::-webkit-progress-value]:bg-accent"
        max={total}
        value={done}
        aria-label={`Progress on this guide`}
      />
      <span className="font-semibold">{status === "complete" ? "Done" : `${done} of ${total} done`}</span>
    </div>
  );
}
