import Link from "next/link";
import { Power } from "lucide-react";
import { AccountNav } from "@/components/account/account-nav";
import { AttentionBadge } from "@/components/dashboard/attention-badge";
import { NotificationBell } from "@/components/notifications/notification-bell";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <a
        href="#main"
        className="sr-only rounded-md bg-accent px-3 py-2 font-semibold text-on-accent focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight no-underline">
          <Power aria-hidden="true" className="size-6 text-accent" />
          OffSwitch
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-1">
            <li>
              <Link href="/guides" className="flex items-center rounded-md px-3 py-2 font-medium hover:bg-accent-soft">
                Guides
              </Link>
            </li>
            <li>
              <Link href="/changes" className="flex items-center rounded-md px-3 py-2 font-medium hover:bg-accent-soft">
                Changes
              </Link>
            </li>
            <li>
              <Link href="/plan" className="flex items-center rounded-md px-3 py-2 font-medium hover:bg-accent-soft">
                My plan
              </Link>
            </li>
            <li>
              <AttentionBadge />
            </li>
            <NotificationBell />
            <li>
              <AccountNav />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
