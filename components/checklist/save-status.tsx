"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useSyncStatus } from "@/components/checklist/use-sync-status";
import { signInHref } from "@/lib/auth/sign-in-link";

/** Says where ticks are kept right now: "Saved", "Saving…", "Offline: will sync". Words only, no icons: it ships to the browser on every guide page. */
export function SaveStatus() {
  const status = useSyncStatus();
  const signIn = signInHref(usePathname());
  const base = "text-sm";
  switch (status.state) {
    case "unknown":
      return null;
    case "anonymous":
      return (
        <p className={`${base} text-muted`} data-save-state="anonymous">
          Saved in this browser.{" "}
          <Link href={signIn} className="text-accent underline">
            Sign in
          </Link>{" "}
          to sync.
        </p>
      );
    case "saved":
      return (
        <p className={`${base} text-done`} data-save-state="saved">
          Saved to your account
        </p>
      );
    case "saving":
      return (
        <p className={`${base} text-muted`} data-save-state="saving">
          Saving…
        </p>
      );
    case "offline":
      return (
        <p className={`${base} text-ink`} data-save-state="offline">
          Offline: will sync ({status.pending} waiting)
        </p>
      );
    case "retrying":
      return (
        <p className={`${base} text-ink`} data-save-state="retrying">
          Can&rsquo;t reach the server: will sync ({status.pending} waiting)
        </p>
      );
    case "confirm-merge":
      // The modal question (merge-ticks-dialog.tsx) says it all.
      return null;
    case "session-expired":
      return (
        <p className={`${base} text-ink`} data-save-state="session-expired">
          Signed out: {status.pending} ticks are kept here.{" "}
          <Link href={signIn} className="text-accent underline">
            Sign in
          </Link>{" "}
          to save them.
        </p>
      );
  }
}
