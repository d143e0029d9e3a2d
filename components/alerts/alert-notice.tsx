import type { ReactNode } from "react";
import Link from "next/link";

/** The result pages of the alert flow: a heading, what happened, and where to go next. */
export function AlertNotice({ title, children, next = { href: "/changes", label: "See recent settings changes" } }: { title: string; children: ReactNode; next?: { href: string; label: string } }) {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {children}
      <Link href={next.href} className="inline-block font-medium text-accent underline">
        {next.label}
      </Link>
    </div>
  );
}
