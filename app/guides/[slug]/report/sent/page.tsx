import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { stepOnGuidePath } from "@/lib/reader-reports/report-form";
import { stepToReport } from "@/server/reader-reports/step-to-report";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Report sent", robots: { index: false } };

type PageProps = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where a filed report lands: what happens next, and the way back to the step. */
export default async function ReportSentPage({ params, searchParams }: PageProps) {
  const found = await stepToReport(await params, await searchParams);
  if (!found) notFound();
  const { target, guide, step, position } = found;
  return (
    <div className="mx-auto max-w-md space-y-4" data-report-sent>
      <h1 className="text-3xl font-bold tracking-tight">Thank you: your report is in</h1>
      <p>
        An editor will compare step {position}, &ldquo;{step.title}&rdquo;, with {guide.platformName}&rsquo;s own help pages. If the
        step is out of date, we correct the guide and list what changed in the{" "}
        <Link href="/changes" className="text-accent underline">
          settings changes
        </Link>
        , so everyone who follows the guide hears about it.
      </p>
      <p className="text-sm text-muted">
        Your report is anonymous: we kept what you wrote, the device, where you are if you said, and the time. Not your name, email,
        account or IP address, so we cannot reply to you.
      </p>
      <a href={stepOnGuidePath(target)} className="inline-block font-medium text-accent underline">
        Back to step {position}: {step.title}
      </a>
    </div>
  );
}
