"use client";

import { useEffect, useSyncExternalStore } from "react";
import { getServerSyncStatus, getSyncStatus, startProgressSync, subscribeToSyncStatus, type SyncStatus } from "@/components/checklist/progress-sync";

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribeToSyncStatus, getSyncStatus, getServerSyncStatus);
}

/** Mounted once in the layout: every page keeps the account copy in step, not only guide pages. */
export function ProgressSyncRoot() {
  useEffect(() => startProgressSync(), []);
  return null;
}
