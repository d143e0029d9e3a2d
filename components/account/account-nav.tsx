"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useSyncStatus } from "@/components/checklist/use-sync-status";
import { signInHref } from "@/lib/auth/sign-in-link";

/**
 * "Sign in" or "Account" in the header; the page itself is static, so this leaf asks the browser's
 * sync state. The icon comes rendered from the server (no icon library in the page's JavaScript).
 */
export function AccountNav({ icon }: { icon: ReactNode }) {
  const status = useSyncStatus();
  const pathname = usePathname();
  const signedIn = status.state === "saved" || status.state === "saving" || status.state === "confirm-merge" || (status.state === "retrying" && status.email !== "");
  return (
    <Link href={signedIn ? "/account" : signInHref(pathname)} className="flex items-center gap-1 rounded-md px-3 py-2 font-medium hover:bg-accent-soft">
      {icon}
      {signedIn ? "Account" : "Sign in"}
    </Link>
  );
}
