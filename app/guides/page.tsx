import type { Metadata } from "next";
import { listGuides } from "@/server/content/guides";
import { GuideCard } from "@/components/guides/guide-card";

export const metadata: Metadata = {
  title: "All guides",
  description: "Every OffSwitch privacy checklist: what it turns off, how long it takes and when it was last verified.",
  alternates: { canonical: "/guides" },
};

export default async function GuidesPage() {
  const guides = await listGuides();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Guides</h1>
        <p className="max-w-2xl text-muted">
          {guides.length} step-by-step checklists. Your progress on each is kept in this browser.
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {guides.map((guide) => (
          <GuideCard key={guide.slug} guide={guide} />
        ))}
      </div>
    </div>
  );
}
