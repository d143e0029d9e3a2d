import Link from "next/link";
import { TriangleAlert } from "lucide-react";
import type { GuideSummary } from "@/lib/content/guide-schema";
import { GuideMeta } from "@/components/guides/guide-meta";
import { FreshnessNotice } from "@/components/guides/freshness-notice";
import { mayBeOutOfDate } from "@/lib/content/freshness";
import { OptOutNotice } from "@/components/guides/opt-out-notice";
import { GuideCardProgress } from "@/components/checklist/guide-card-progress";

export function GuideCard({ guide, headingLevel = "h2" }: { guide: GuideSummary; headingLevel?: "h2" | "h3" }) {
  const Heading = headingLevel;
  return (
    <article className="relative flex flex-col gap-3 rounded-xl border border-line bg-surface p-5 shadow-sm focus-within:ring-2 focus-within:ring-focus hover:border-accent">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">{guide.platformName}</p>
      <Heading className="text-lg leading-snug font-semibold">
        {/* The link covers the whole card so the card is one target, yet stays one tab stop. */}
        <Link href={`/guides/${guide.slug}`} className="after:absolute after:inset-0 focus-visible:outline-none">
          {guide.title}
        </Link>
      </Heading>
      <p className="text-muted">{guide.summary}</p>
      <OptOutNotice guide={guide} compact />
      <div className="mt-auto space-y-3">
        <GuideMeta guide={guide} freshness={<FreshnessNotice lastVerified={guide.lastVerified} staleAtRender={mayBeOutOfDate(guide.lastVerified, new Date())} icon={<TriangleAlert aria-hidden="true" className="size-4" />} />} />
        <GuideCardProgress guide={guide.slug} stepIds={guide.steps.map((step) => step.id)} />
      </div>
    </article>
  );
}
