import Link from "next/link";
import { Bell, Power, UserRound } from "lucide-react";
import { AccountNav } from "@/components/account/account-nav";
import { AttentionBadge } from "@/components/dashboard/attention-badge";
import { NotificationBell } from "@/components/notifications/notification-bell";

const MAIN_LINK = "flex items-center rounded-md px-2 py-2 font-medium hover:bg-accent-soft sm:px-3";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <a
        href="#main"
        className="sr-only rounded-md bg-accent px-3 py-2 font-semibold text-on-accent focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
      >
        Skip to content
      </a>
      {/* On a phone the account link shares the logo's row and the main links get a row of their own
          (they were three rows, pushing a guide's first step off the first screen). */}
      <div className="mx-auto grid max-w-5xl grid-cols-[1fr_auto] items-center gap-x-4 gap-y-1 px-4 py-2 sm:flex sm:flex-wrap sm:py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight no-underline">
          <Power aria-hidden="true" className="size-6 text-accent" />
          OffSwitch
        </Link>
        <nav aria-label="Main" className="col-span-2 row-start-2 -mx-2 sm:mx-0 sm:ml-auto">
          <ul className="flex flex-wrap items-center gap-1">
            <li>
              <Link href="/guides" className={MAIN_LINK}>
                Guides
              </Link>
            </li>
            <li>
              <Link href="/changes" className={MAIN_LINK}>
                Changes
              </Link>
            </li>
            <li>
              <Link href="/plan" className={MAIN_LINK}>
                My plan
              </Link>
            </li>
            <li>
              <AttentionBadge />
            </li>
          </ul>
        </nav>
        <nav aria-label="Account" className="col-start-2 row-start-1">
          <ul className="flex items-center gap-1">
            <NotificationBell icon={<Bell aria-hidden="true" className="size-5" />} />
            <li>
              <AccountNav icon={<UserRound aria-hidden="true" className="size-4" />} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
