import type { Metadata } from "next";
import Link from "next/link";
import { CROSS_PLATFORM } from "@/lib/content/content-constants";
import { listGuides } from "@/server/content/guides";
import { withRecordedVerification } from "@/server/review/recorded-verifications";
import { GuideCard } from "@/components/guides/guide-card";
import { GuideLibrary } from "@/components/search/guide-library";

export const metadata: Metadata = {
  title: "All guides",
  description: "Every OffSwitch privacy checklist: what it turns off, how long it takes and when it was last verified. Search and filter by platform, category, time, device and region.",
  alternates: { canonical: "/guides" },
};

export default async function GuidesPage() {
  // Cards show a verification recorded at /review as the guide's date (as of the build).
  const guides = await withRecordedVerification(await listGuides());
  // "All platforms" as a filter choice would read as "no filter"; the cross-platform habits get their own name, last.
  const platforms = [...new Map(guides.map((guide) => [guide.platform, guide.platformName]))]
    .map(([value, label]) => ({ value, label: value === CROSS_PLATFORM ? "Review habits for every service" : label }))
    .sort((a, b) => Number(a.value === CROSS_PLATFORM) - Number(b.value === CROSS_PLATFORM) || a.label.localeCompare(b.label));
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Guides</h1>
        <p className="max-w-2xl text-muted">
          {guides.length} step-by-step checklists. Your progress on each is kept in this browser.{" "}
          <Link href="/platforms" className="text-accent underline">
            Browse by platform
          </Link>{" "}
          or{" "}
          <Link href="/plan" className="text-accent underline">
            make a plan for the services you use
          </Link>
          .
        </p>
      </div>
      <GuideLibrary
        guides={guides.map(({ slug, platform, category, minutes, devices, regions, elsewhere }) => ({ slug, platform, category, minutes, devices, regions, ...(elsewhere ? { elsewhere } : {}) }))}
        cards={Object.fromEntries(guides.map((guide) => [guide.slug, <GuideCard key={guide.slug} guide={guide} />]))}
        platforms={platforms}
      />
    </div>
  );
}
