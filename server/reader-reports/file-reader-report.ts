import "server-only";
import type { Prisma } from "@/server/db/generated/client";
import { readerReportDedupeKey, type ReaderReportForm, type ReportTarget } from "@/lib/reader-reports/report-form";
import { REVIEW_PRIORITY } from "@/lib/sources/review-flags";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { consumeRateLimit, pruneEndedWindows, type RateLimitRule } from "@/server/rate-limit/rate-limit";

/** A reader may report a few steps of a few guides in an hour; a script may not flood the queue. */
export const REPORTS_PER_CLIENT: RateLimitRule = { name: "reader-report-client", limit: 10, windowSeconds: 60 * 60 };
/** However many addresses a flood comes from, one step's item gets at most this many reports an hour. */
export const REPORTS_PER_STEP: RateLimitRule = { name: "reader-report-step", limit: 30, windowSeconds: 60 * 60 };

export const READER_REPORT_REASON = "reader-report";

type Transaction = Prisma.TransactionClient;

/**
 * The step's open reader-report item, opened when there is none. Locked FOR SHARE so an editor
 * resolving it waits until this report is in, and a report never lands on a resolved item.
 */
async function openItemFor(tx: Transaction, target: ReportTarget): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const open = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "ReviewItem"
      WHERE "guideSlug" = ${target.guide} AND "stepId" = ${target.step} AND "reason" = ${READER_REPORT_REASON} AND "resolvedAt" IS NULL
      ORDER BY "createdAt" LIMIT 1 FOR SHARE`;
    if (open[0]) return open[0].id;
    const resolved = await tx.reviewItem.count({ where: { guideSlug: target.guide, stepId: target.step, reason: READER_REPORT_REASON, resolvedAt: { not: null } } });
    // ON CONFLICT DO NOTHING: a concurrent first report opened the same key; the next SELECT finds it.
    await tx.reviewItem.createMany({
      data: [{ dedupeKey: readerReportDedupeKey(target, resolved + attempt), guideSlug: target.guide, stepId: target.step, reason: READER_REPORT_REASON, priority: REVIEW_PRIORITY.readerReport }],
      skipDuplicates: true,
    });
  }
  throw new AppError("conflict", "We could not file your report just now. Please try again.");
}

/**
 * Files an anonymous report on one step: the step must be published (not retired), the client
 * and the step are rate-limited, and the report joins the step's open review item. Nothing that
 * identifies the reader is stored with it; the per-client counter (a hash of the address) is
 * deleted once its window has ended.
 */
export async function fileReaderReport(report: ReaderReportForm, context: { clientAddress: string }): Promise<{ reportId: string; reviewItemId: string }> {
  const step = await db.guideStep.findUnique({ where: { guideSlug_stepId: { guideSlug: report.guide, stepId: report.step } }, select: { retiredAt: true } });
  if (!step || step.retiredAt) throw new AppError("not-found", "There is no such step to report on.", { details: ["step: unknown"] });
  await consumeRateLimit(REPORTS_PER_CLIENT, context.clientAddress);
  await consumeRateLimit(REPORTS_PER_STEP, `${report.guide}/${report.step}`);
  // Invariant: a report is stored only together with an open item for its step, never on a resolved one.
  const filed = await db.$transaction(async (tx) => {
    const reviewItemId = await openItemFor(tx, report);
    const created = await tx.readerReport.create({
      data: { reviewItemId, guideSlug: report.guide, stepId: report.step, differs: report.differs, device: report.device, region: report.region ?? null },
      select: { id: true },
    });
    return { reportId: created.id, reviewItemId };
  });
  await pruneEndedWindows(REPORTS_PER_CLIENT);
  return filed;
}
