import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">404</p>
      <h1 className="text-3xl font-bold tracking-tight">We can&rsquo;t find that page</h1>
      <p className="text-muted">
        The guide may have moved, or the link may be mistyped. Every guide we publish is listed on the guides page.
      </p>
      <div className="flex justify-center gap-3">
        <Link href="/guides" className="inline-flex min-h-11 items-center rounded-lg bg-accent px-5 py-2.5 font-semibold text-on-accent hover:bg-accent-strong">
          See all guides
        </Link>
        <Link href="/" className="inline-flex min-h-11 items-center rounded-lg border border-line bg-surface px-5 py-2.5 font-semibold hover:bg-accent-soft">
          Go home
        </Link>
      </div>
    </div>
  );
}
