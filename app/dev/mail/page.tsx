import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { capturedMailDir, listCapturedMail } from "@/server/mail/captured-mail";
import { requestIsFromThisMachine } from "@/server/http/client-address";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Captured mail", robots: { index: false, follow: false } };

const receivedFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium" });

/**
 * Development mailbox: exists only while the local mail catcher stands in for real SMTP, and only
 * for a request from this machine to a loopback host (it shows every sign-in link).
 */
export default async function CapturedMailPage() {
  if (!capturedMailDir() || !(await requestIsFromThisMachine())) notFound();
  const messages = await listCapturedMail();

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Captured mail</h1>
        <p className="rounded-lg border border-note-line bg-note-soft px-4 py-3">
          Mail caught locally: nothing was sent. Set <code className="font-mono text-sm">SMTP_URL</code> to send real mail.
        </p>
        <p className="text-muted">
          {messages.length === 1 ? "1 message" : `${messages.length} messages`}, newest first. The catcher keeps the latest 500.
        </p>
      </div>

      {messages.length === 0 ? (
        <p className="rounded-xl border border-line bg-surface p-5 text-muted">
          No mail yet. Sign-in links and alert confirmations the app sends will appear here; reload the page to check.
        </p>
      ) : (
        <ol className="divide-y divide-line rounded-xl border border-line bg-surface">
          {messages.map((message) => (
            <li key={message.id} className="relative space-y-1 px-5 py-4 focus-within:ring-2 focus-within:ring-focus hover:bg-accent-soft">
              <h2 className="font-semibold">
                {/* The link covers the whole row: one target, one tab stop. */}
                <Link href={`/dev/mail/${message.id}`} className="text-accent underline after:absolute after:inset-0 focus-visible:outline-none">
                  {message.subject || "(no subject)"}
                </Link>
              </h2>
              <p className="text-sm break-all text-muted">
                To {message.to.join(", ")} · <time dateTime={message.receivedAt}>{receivedFormat.format(new Date(message.receivedAt))}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
