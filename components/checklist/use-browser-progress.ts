"use client";

import { useSyncExternalStore } from "react";
import type { ProgressState } from "@/lib/progress/progress-schema";
import { browserProgress, getServerProgressSnapshot } from "@/components/checklist/browser-progress-store";

/** The browser's progress for every guide; empty during prerender and hydration, then the real state. */
export function useBrowserProgress(): ProgressState {
  return useSyncExternalStore(browserProgress.subscribe, browserProgress.snapshot, getServerProgressSnapshot);
}

const noopSubscribe = () => () => {};

/** False while prerendering and hydrating; true once the page's JavaScript is running. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noopSubscribe,
    () => true,
    () => false,
  );
}
