import type { Metadata } from "next";
import Link from "next/link";
import { MailCheck } from "lucide-react";
import { MAGIC_LINK_MINUTES } from "@/server/auth/auth";
import { capturedMailDir } from "@/server/mail/captured-mail";
import { LocalMailboxNotice } from "@/components/mail/local-mailbox-notice";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };
export const dynamic = "force-dynamic";

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <MailCheck aria-hidden="true" className="size-10 text-accent" />
      <h1 className="text-3xl font-bold tracking-tight">Check your email</h1>
      <p>
        If the address can receive mail, a sign-in link is on its way. It works once and expires in {MAGIC_LINK_MINUTES} minutes.
      </p>
      <p className="text-muted">No email after a few minutes? Check your spam folder, or request a new link.</p>
      <LocalMailboxNotice mailIsCaughtLocally={capturedMailDir() !== undefined} />
      <Link href="/sign-in" className="inline-block font-medium text-accent underline">
        Request a new link
      </Link>
    </div>
  );
}
