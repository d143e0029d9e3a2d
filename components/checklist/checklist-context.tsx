"use client";

import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import type { GuideStep } from "@/lib/content/guide-schema";
import type { GuideProgress } from "@/lib/progress/progress-schema";
import { guideAttention, type ChangeNotice, type GuideAttention } from "@/lib/progress/needs-attention";
import { recordTicks } from "@/components/checklist/progress-sync";
import { useBrowserProgress, useHydrated } from "@/components/checklist/use-browser-progress";

type ChecklistContextValue = {
  guide: string;
  steps: readonly GuideStep[];
  progress: GuideProgress | undefined;
  /** Steps to re-check after a platform change, and steps added since the guide was completed. */
  attention: GuideAttention;
  /** False until the browser's saved progress has been read; ticking waits for it. */
  ready: boolean;
  setStepDone: (stepId: string, done: boolean) => void;
  setAllSteps: (done: boolean) => void;
};

const ChecklistContext = createContext<ChecklistContextValue | null>(null);

type ChecklistProviderProps = {
  guide: string;
  steps: readonly GuideStep[];
  /** Each step's first publication day, for "steps added after you completed this guide". */
  publishedOn: Readonly<Record<string, string>>;
  changes: readonly ChangeNotice[];
  children: ReactNode;
};

export function ChecklistProvider({ guide, steps, publishedOn, changes, children }: ChecklistProviderProps) {
  const state = useBrowserProgress();
  const ready = useHydrated();
  const progress = state[guide];

  const attention = useMemo(
    () => guideAttention(progress, { slug: guide, steps: steps.map((step) => ({ id: step.id, publishedOn: publishedOn[step.id] ?? "1970-01-01" })) }, changes),
    [progress, guide, steps, publishedOn, changes],
  );
  const setStepDone = useCallback(
    (stepId: string, done: boolean) => recordTicks(guide, [stepId], { done, at: new Date().toISOString() }),
    [guide],
  );
  const setAllSteps = useCallback(
    (done: boolean) => recordTicks(guide, steps.map((step) => step.id), { done, at: new Date().toISOString() }),
    [guide, steps],
  );

  const value = useMemo(
    () => ({ guide, steps, progress, attention, ready, setStepDone, setAllSteps }),
    [guide, steps, progress, attention, ready, setStepDone, setAllSteps],
  );
  return <ChecklistContext.Provider value={value}>{children}</ChecklistContext.Provider>;
}

export function useChecklist(): ChecklistContextValue {
  const value = useContext(ChecklistContext);
  if (!value) throw new Error("Checklist components must be rendered inside <ChecklistProvider>");
  return value;
}

/** Done and not flagged: a step needing attention counts as not done until it is checked again. */
export function isStepSettled(progress: GuideProgress | undefined, attention: GuideAttention, stepId: string): boolean {
  return progress?.[stepId]?.done === true && !attention.changedSteps.has(stepId);
}
