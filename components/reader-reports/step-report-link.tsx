import { reportPagePath, type ReportTarget } from "@/lib/reader-reports/report-form";

/**
 * The way to say "this doesn't match what I see" on one step: a plain link to the step's report
 * page, so the guide page ships no form and no JavaScript for it. A plain <a>, not next/link: a
 * guide has a dozen of these and prefetching each report page would cost the server for nothing.
 */
export function StepReportLink({ target, title }: { target: ReportTarget; title: string }) {
  return (
    <p className="mt-3 text-sm" data-print="hide" data-step-report>
      <a href={reportPagePath(target)} className="inline-block py-0.5 text-muted underline decoration-1 underline-offset-2 hover:text-accent">
        This doesn&rsquo;t match what I see<span className="sr-only">: report a problem with &ldquo;{title}&rdquo;</span>
      </a>
    </p>
  );
}
