import { BadgeCheck } from "lucide-react";
import type { GuideSource } from "@/lib/content/guide-schema";

/** Sources, the platform's own pages first, so a reader can check every claim. */
export function GuideSources({ sources }: { sources: GuideSource[] }) {
  const ordered = [...sources].sort((a, b) => Number(b.official) - Number(a.official));
  return (
    <section aria-labelledby="sources-heading" className="mt-10">
      <h2 id="sources-heading" className="mb-3 text-2xl font-semibold tracking-tight">
        Sources
      </h2>
      <ul className="space-y-2">
        {ordered.map((source) => (
          <li key={source.url} className="flex flex-wrap items-baseline gap-x-2">
            <a href={source.url} rel="noopener noreferrer" className="font-medium text-accent underline">
              {source.title}
            </a>
            <span className="text-sm text-muted">{source.publisher}</span>
            {source.official ? (
              <span className="inline-flex items-center gap-1 text-sm font-semibold text-done">
                <BadgeCheck aria-hidden="true" className="size-4" />
                Official
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
