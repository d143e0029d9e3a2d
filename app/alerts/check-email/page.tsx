import type { Metadata } from "next";
import { AlertNotice } from "@/components/alerts/alert-notice";
import { capturedMailDir } from "@/server/mail/captured-mail";
import { LocalMailboxNotice } from "@/components/mail/local-mailbox-notice";
import { alertResultTarget } from "@/server/alerts/alert-result";

export const metadata: Metadata = { title: "Confirm your alerts", robots: { index: false } };
export const dynamic = "force-dynamic";

/** The same page whether or not the address was already subscribed: it reveals nothing about who is. */
export default async function AlertsCheckEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const target = await alertResultTarget(await searchParams);
  return (
    <AlertNotice title="Check your email to confirm" next={target ? { href: target.href, label: target.backLabel } : undefined}>
      {target ? <p data-alert-target>You asked for email alerts about {target.what}.</p> : null}
      <p>If the address can receive mail, a confirmation link is on its way. Alerts start once you confirm; the link works for 24 hours.</p>
      <p className="text-muted">No email after a few minutes? Check your spam folder, or subscribe again.</p>
      <LocalMailboxNotice mailIsCaughtLocally={capturedMailDir() !== undefined} />
    </AlertNotice>
  );
}
