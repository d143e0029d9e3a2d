import type { ReactNode } from "react";
import Link from "next/link";
import { cadenceWords, type AlertResultTarget } from "@/lib/alerts/alert-result";

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

/** A result page that says what was subscribed, when its link names it, and leads back there. */
export function AlertResultNotice({ title, target, children }: { title: string; target: AlertResultTarget | undefined; children: ReactNode }) {
  return (
    <AlertNotice title={title} next={target ? { href: target.href, label: target.backLabel } : undefined}>
      {target ? (
        <p data-alert-target>
          You will get an email about {target.what}, {cadenceWords(target.cadence)}.
        </p>
      ) : null}
      {children}
    </AlertNotice>
  );
}
