import { BadgeCheck } from "lucide-react";
import type { GuideSource } from "@/lib/content/guide-schema";
import { GuideFold } from "@/components/mdx/guide-fold";

/** Sources, the platform's own pages first, so a reader can check every claim. `folded` on a guide page, below its checklist. */
export function GuideSources({ sources, folded = false }: { sources: GuideSource[]; folded?: boolean }) {
  const ordered = [...sources].sort((a, b) => Number(b.official) - Number(a.official));
  const list = (
    <ul className="space-y-2">
      {ordered.map((source) => (
        <li key={source.url} className="flex flex-wrap items-baseline gap-x-2">
          <a href={source.url} rel="noopener noreferrer" className="min-w-0 font-medium [overflow-wrap:anywhere] text-accent underline">
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
  );
  if (folded) {
    return (
      <GuideFold id="sources" title={`Sources (${sources.length})`}>
        {list}
      </GuideFold>
    );
  }
  return (
    <section aria-labelledby="sources-heading" className="mt-10">
      <h2 id="sources-heading" className="mb-3 text-2xl font-semibold tracking-tight">
        Sources
      </h2>
      {list}
    </section>
  );
}
