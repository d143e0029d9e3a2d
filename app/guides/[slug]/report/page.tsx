import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseReportErrors, stepOnGuidePath } from "@/lib/reader-reports/report-form";
import { stepToReport } from "@/server/reader-reports/step-to-report";
import { ReaderReportForm } from "@/components/reader-reports/reader-report-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const query = await searchParams;
  const found = await stepToReport(await params, query);
  if (!found) return { robots: { index: false } };
  const failed = parseReportErrors(query.error).length > 0;
  return { title: `${failed ? "Error: " : ""}Report step ${found.position} of “${found.guide.title}”`, robots: { index: false } };
}

/** The per-step "This doesn't match what I see" form, linked from every step of a guide; the no-JavaScript form posts come back here with their errors. */
export default async function ReportStepPage({ params, searchParams }: PageProps) {
  const query = await searchParams;
  const found = await stepToReport(await params, query);
  if (!found) notFound();
  const { target, guide, step, position } = found;
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <Breadcrumb
        trail={[
          { label: "Guides", href: "/guides" },
          { label: guide.title, href: `/guides/${guide.slug}` },
          { label: "Report a step" },
        ]}
      />
      <div className="space-y-2">
        <h1 className="text-2xl leading-tight font-bold tracking-tight sm:text-3xl">This doesn&rsquo;t match what I see</h1>
        <p>
          Step {position} of {guide.steps.length} of &ldquo;{guide.title}&rdquo;:{" "}
          <a href={stepOnGuidePath(target)} className="font-semibold text-accent underline">
            {step.title}
          </a>
        </p>
        <p className="text-muted">
          {guide.platformName} may have moved or renamed something. Tell us what you see instead and an editor will check the step
          against {guide.platformName}&rsquo;s own pages.
        </p>
      </div>
      <ReaderReportForm target={target} errors={parseReportErrors(query.error)} />
    </div>
  );
}
