import Link from "next/link";
import { CircleCheckBig } from "lucide-react";
import type { GuideSummary } from "@/lib/content/guide-schema";

/**
 * "All done" and what a person can do next, under the last step. Server-rendered and hidden; CSS
 * shows it once ChecklistStatus marks the checklist complete (app/globals.css).
 */
export function GuideNextSteps({ platformName, related }: { platformName: string; related: readonly Pick<GuideSummary, "slug" | "title">[] }) {
  return (
    <div className="mt-4 hidden scroll-mb-4 rounded-xl border border-done bg-done-soft p-4" data-guide-complete data-print="hide">
      <p role="status" className="flex items-center gap-2 font-semibold text-done">
        <CircleCheckBig aria-hidden="true" className="size-5 shrink-0" />
        All done. Every step of this guide is ticked off.
      </p>
      <p className="mt-3 font-semibold">What next?</p>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        <li>
          <a href="#alerts-heading" className="text-accent underline">
            Get an email if {platformName} changes this setting
          </a>{" "}
          so you know when to check again.
        </li>
        <li>
          <Link href="/plan" className="text-accent underline">
            Your plan
          </Link>
          : every service you use, in one checklist.
        </li>
        {related.map((guide) => (
          <li key={guide.slug}>
            <Link href={`/guides/${guide.slug}`} className="text-accent underline">
              {guide.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
