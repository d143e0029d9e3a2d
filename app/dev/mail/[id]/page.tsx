import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { capturedMailIdSchema, extractLinks, scriptlessMailDocument } from "@/lib/mail/captured-message";
import { capturedMailDir, getCapturedMail } from "@/server/mail/captured-mail";
import { requestIsFromThisMachine } from "@/server/http/client-address";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Captured message", robots: { index: false, follow: false } };

const paramsSchema = z.object({ id: capturedMailIdSchema });

type CapturedMessagePageProps = { params: Promise<{ id: string }> };

const receivedFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium" });

export default async function CapturedMessagePage({ params }: CapturedMessagePageProps) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success || !capturedMailDir() || !(await requestIsFromThisMachine())) notFound();
  const message = await getCapturedMail(parsed.data.id);
  if (!message) notFound();
  const links = extractLinks(message);
  const subject = message.subject || "(no subject)";

  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <Breadcrumb trail={[{ label: "Captured mail", href: "/dev/mail" }, { label: "This message" }]} />

      <header className="space-y-4 border-b border-line pb-6">
        <p className="text-sm text-muted">Caught locally: nothing was sent.</p>
        <h1 className="text-3xl font-bold tracking-tight text-balance">{subject}</h1>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">From</dt>
          <dd className="break-all">{message.from}</dd>
          <dt className="font-semibold">To</dt>
          <dd className="break-all">{message.to.join(", ")}</dd>
          <dt className="font-semibold">Received</dt>
          <dd>
            <time dateTime={message.receivedAt}>{receivedFormat.format(new Date(message.receivedAt))}</time>
          </dd>
        </dl>
      </header>

      <section aria-labelledby="links-heading" className="space-y-3">
        <h2 id="links-heading" className="text-xl font-semibold">
          Links in this message
        </h2>
        {links.length === 0 ? (
          <p className="text-muted">This message has no links.</p>
        ) : (
          <ul className="space-y-2">
            {links.map((link) => (
              <li key={link}>
                <a href={link} className="font-mono text-sm break-all text-accent underline">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="text-heading" className="space-y-3">
        <h2 id="text-heading" className="text-xl font-semibold">
          Text part
        </h2>
        {message.text ? (
          <pre className="rounded-xl border border-line bg-surface p-4 font-mono text-sm break-words whitespace-pre-wrap">{message.text}</pre>
        ) : (
          <p className="text-muted">This message has no text part.</p>
        )}
      </section>

      <section aria-labelledby="html-heading" className="space-y-3">
        <h2 id="html-heading" className="text-xl font-semibold">
          HTML part
        </h2>
        {message.html ? (
          <>
            <p className="text-sm text-muted">
              Shown in a sandbox: no scripts, and links inside it do not open. Use the links listed above.
            </p>
            {/* An opaque origin with forms, popups and navigation off; the document's own policy
                forbids scripts. Not a bare `sandbox`: axe-core cannot enter a frame with scripts
                off and would hang the page's accessibility check (its own script is exempt from CSP). */}
            <iframe
              sandbox="allow-scripts"
              srcDoc={scriptlessMailDocument(message.html)}
              title={`HTML part of “${subject}”`}
              className="h-[32rem] w-full resize-y rounded-xl border border-line bg-white scheme-light"
            />
          </>
        ) : (
          <p className="text-muted">This message has no HTML part.</p>
        )}
      </section>

      <section aria-labelledby="headers-heading" className="space-y-3">
        <h2 id="headers-heading" className="text-xl font-semibold">
          Headers
        </h2>
        <dl className="grid gap-x-4 gap-y-1 rounded-xl border border-line bg-surface p-4 font-mono text-sm sm:grid-cols-[auto_1fr]">
          {Object.entries(message.headers).map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="font-semibold">{name}</dt>
              <dd className="break-all whitespace-pre-wrap">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
