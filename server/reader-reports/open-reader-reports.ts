import "server-only";
import { z } from "zod";
import type { ReportDevice } from "@/lib/reader-reports/report-form";
import { REPORT_DEVICES } from "@/lib/reader-reports/report-form";
import { rowIdSchema } from "@/lib/security/row-id";
import { db } from "@/server/db/client";
import { READER_REPORT_REASON } from "@/server/reader-reports/file-reader-report";

/**
 * Reads for the editors' review queue (/review). These functions do not check who is asking:
 * the caller (the review pages and actions, which exist only for editors) must. Report text is the
 * reader's own words: render it as text, never as HTML or Markdown.
 */

/** One step with reader reports waiting: its open review item and how many reports it holds. */
export type OpenStepReports = { reviewItemId: string; guideSlug: string; stepId: string; reports: number; openedAt: Date; latestReportAt: Date | null };

/** Open reader-report items, one per guide and step, most reported first; optionally for one guide. */
export async function openReaderReportCounts(options: { guideSlug?: string } = {}): Promise<OpenStepReports[]> {
  const items = await db.reviewItem.findMany({
    where: { reason: READER_REPORT_REASON, resolvedAt: null, ...(options.guideSlug ? { guideSlug: options.guideSlug } : {}) },
    select: { id: true, guideSlug: true, stepId: true, createdAt: true, _count: { select: { reports: true } }, reports: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } } },
  });
  return items
    .filter((item): item is typeof item & { stepId: string } => item.stepId !== null)
    .map((item) => ({ reviewItemId: item.id, guideSlug: item.guideSlug, stepId: item.stepId, reports: item._count.reports, openedAt: item.createdAt, latestReportAt: item.reports[0]?.createdAt ?? null }))
    .sort((a, b) => b.reports - a.reports || a.guideSlug.localeCompare(b.guideSlug) || a.stepId.localeCompare(b.stepId));
}

/** One report as an editor sees it: what differs, on which device, where (if said), and when. */
export type ReaderReportView = { id: string; differs: string; device: ReportDevice; region: string | null; createdAt: Date };

const deviceSchema = z.enum(REPORT_DEVICES).catch("other");

/** The reports of one review item, newest first; none for an unknown or malformed id. */
export async function reportsOfReviewItem(reviewItemId: string, options: { limit?: number } = {}): Promise<ReaderReportView[]> {
  if (!rowIdSchema.safeParse(reviewItemId).success) return [];
  const rows = await db.readerReport.findMany({
    where: { reviewItemId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(options.limit ?? 200, 1), 1000),
    select: { id: true, differs: true, device: true, region: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, device: deviceSchema.parse(row.device) }));
}
