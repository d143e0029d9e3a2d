import type { Metadata } from "next";
import Link from "next/link";
import { capturedMailDir } from "@/server/mail/captured-mail";
import { AlertNotice } from "@/components/alerts/alert-notice";

export const metadata: Metadata = { title: "Confirm your alerts", robots: { index: false } };
export const dynamic = "force-dynamic";

/** The same page whether or not the address was already subscribed: it reveals nothing about who is. */
export default function AlertsCheckEmailPage() {
  return (
    <AlertNotice title="Check your email to confirm">
      <p>If the address can receive mail, a confirmation link is on its way. Alerts start once you confirm; the link works for 24 hours.</p>
      <p className="text-muted">No email after a few minutes? Check your spam folder, or subscribe again.</p>
      {capturedMailDir() ? (
        <p className="rounded-lg border border-note-line bg-note-soft p-3 text-sm">
          This copy of OffSwitch catches mail locally instead of sending it.{" "}
          <Link href="/dev/mail" className="font-semibold text-accent underline">
            Open the local mailbox
          </Link>
        </p>
      ) : null}
    </AlertNotice>
  );
}
