"use client";

import { lazy, Suspense } from "react";
import { useSyncStatus } from "@/components/checklist/use-sync-status";

const MergeTicksDialog = lazy(() => import("@/components/account/merge-ticks-dialog").then((module) => ({ default: module.MergeTicksDialog })));

/** Mounted once in the layout: shows the merge question when the first sync asks it, loading the dialog only then. */
export function MergeTicksPrompt() {
  const status = useSyncStatus();
  if (status.state !== "confirm-merge") return null;
  return (
    <Suspense fallback={null}>
      <MergeTicksDialog email={status.email} ticks={status.ticks} />
    </Suspense>
  );
}
