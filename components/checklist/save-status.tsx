"use client";

import Link from "next/link";
import { CloudOff, CloudUpload, Check, RefreshCw } from "lucide-react";
import { useSyncStatus } from "@/components/checklist/use-sync-status";

/** Says where ticks are kept right now: "Saved", "Saving…", "Offline: will sync". */
export function SaveStatus() {
  const status = useSyncStatus();
  const base = "text-sm [&>svg]:mr-1.5 [&>svg]:inline [&>svg]:align-[-3px]";
  switch (status.state) {
    case "unknown":
      return null;
    case "anonymous":
      return (
        <p className={`${base} text-muted`} data-save-state="anonymous">
          Saved in this browser.{" "}
          <Link href="/sign-in" className="text-accent underline">
            Sign in
          </Link>{" "}
          to keep your progress on every device.
        </p>
      );
    case "saved":
      return (
        <p className={`${base} text-done`} data-save-state="saved">
          <Check aria-hidden="true" className="size-4" /> Saved to your account
        </p>
      );
    case "saving":
      return (
        <p className={`${base} text-muted`} data-save-state="saving">
          <CloudUpload aria-hidden="true" className="size-4" /> Saving…
        </p>
      );
    case "offline":
      return (
        <p className={`${base} text-ink`} data-save-state="offline">
          <CloudOff aria-hidden="true" className="size-4" /> Offline: will sync ({status.pending} waiting)
        </p>
      );
    case "retrying":
      return (
        <p className={`${base} text-ink`} data-save-state="retrying">
          <RefreshCw aria-hidden="true" className="size-4" /> Can&rsquo;t reach the server: will sync ({status.pending} waiting)
        </p>
      );
    case "session-expired":
      return (
        <p className={`${base} text-ink`} data-save-state="session-expired">
          <CloudOff aria-hidden="true" className="size-4" /> Signed out: {status.pending} ticks are kept here.{" "}
          <Link href="/sign-in" className="text-accent underline">
            Sign in
          </Link>{" "}
          to save them.
        </p>
      );
  }
}
