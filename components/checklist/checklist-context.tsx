"use client";

import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import type { GuideStep } from "@/lib/content/guide-schema";
import type { GuideProgress } from "@/lib/progress/progress-schema";
import { recordTicks } from "@/components/checklist/progress-sync";
import { useBrowserProgress, useHydrated } from "@/components/checklist/use-browser-progress";

type ChecklistContextValue = {
  guide: string;
  steps: readonly GuideStep[];
  progress: GuideProgress | undefined;
  /** False until the browser's saved progress has been read; ticking waits for it. */
  ready: boolean;
  setStepDone: (stepId: string, done: boolean) => void;
  setAllSteps: (done: boolean) => void;
};

const ChecklistContext = createContext<ChecklistContextValue | null>(null);

export function ChecklistProvider({ guide, steps, children }: { guide: string; steps: readonly GuideStep[]; children: ReactNode }) {
  const state = useBrowserProgress();
  const ready = useHydrated();
  const progress = state[guide];

  const setStepDone = useCallback(
    (stepId: string, done: boolean) => recordTicks(guide, [stepId], { done, at: new Date().toISOString() }),
    [guide],
  );
  const setAllSteps = useCallback(
    (done: boolean) => recordTicks(guide, steps.map((step) => step.id), { done, at: new Date().toISOString() }),
    [guide, steps],
  );

  const value = useMemo(
    () => ({ guide, steps, progress, ready, setStepDone, setAllSteps }),
    [guide, steps, progress, ready, setStepDone, setAllSteps],
  );
  return <ChecklistContext.Provider value={value}>{children}</ChecklistContext.Provider>;
}

export function useChecklist(): ChecklistContextValue {
  const value = useContext(ChecklistContext);
  if (!value) throw new Error("Checklist components must be rendered inside <ChecklistProvider>");
  return value;
}
