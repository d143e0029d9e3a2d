import { afterAll, describe, expect, test } from "vitest";
import type { ReaderReportForm } from "@/lib/reader-reports/report-form";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { fileReaderReport, REPORTS_PER_CLIENT, REPORTS_PER_STEP } from "@/server/reader-reports/file-reader-report";
import { openReaderReportCounts, reportsOfReviewItem } from "@/server/reader-reports/open-reader-reports";
import { fileReaderReportFromForm, readerReportErrorCodes } from "@/server/reader-reports/reader-report-request";
import { unique } from "@/tests/integration/alert-fixtures";

afterAll(() => db.$disconnect());

/** A guide with three steps, the last one retired, written directly (a content sync would retire other tests' steps). */
async function guideWithSteps() {
  const guide = unique("report-guide");
  await db.guide.create({ data: { slug: guide, title: `Guide ${guide}`, platform: unique("platform"), lastVerified: new Date("2026-10-30"), syncedAt: new Date() } });
  await db.guideStep.createMany({
    data: [
      { guideSlug: guide, stepId: "open-settings", title: "Open Settings", position: 0 },
      { guideSlug: guide, stepId: "turn-off", title: "Turn it off", position: 1 },
      { guideSlug: guide, stepId: "old-step", title: "Gone", position: 2, retiredAt: new Date() },
    ],
  });
  return guide;
}

const report = (guide: string, step = "open-settings", differs = "The toggle is called Data for AI now"): ReaderReportForm => ({ guide, step, differs, device: "android" });
const client = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${unique("c")}`;
const reportsOf = (guide: string) => db.readerReport.findMany({ where: { guideSlug: guide }, orderBy: { createdAt: "asc" } });
const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe("filing a reader report (real Postgres)", () => {
  test("the first report opens the step's review item (reader-report, priority 200); later ones join it", async () => {
    const guide = await guideWithSteps();
    const first = await fileReaderReport({ ...report(guide), region: "Germany" }, { clientAddress: client() });
    const second = await fileReaderReport({ ...report(guide), device: "web", differs: "No such menu on the web" }, { clientAddress: client() });
    expect(second.reviewItemId).toBe(first.reviewItemId);
    const item = await db.reviewItem.findUniqueOrThrow({ where: { id: first.reviewItemId } });
    expect(item).toMatchObject({ guideSlug: guide, stepId: "open-settings", reason: "reader-report", priority: 200, resolvedAt: null, dedupeKey: `reader-report:${guide}:open-settings:0` });
    const rows = await reportsOf(guide);
    expect(rows.map(({ differs, device, region, reviewItemId }) => ({ differs, device, region, reviewItemId }))).toEqual([
      { differs: "The toggle is called Data for AI now", device: "android", region: "Germany", reviewItemId: item.id },
      { differs: "No such menu on the web", device: "web", region: null, reviewItemId: item.id },
    ]);
    // Another step gets its own item.
    const other = await fileReaderReport(report(guide, "turn-off"), { clientAddress: client() });
    expect(other.reviewItemId).not.toBe(item.id);
  });

  test("stores no address or other identifier, and the per-client counter goes once its window is over", async () => {
    const guide = await guideWithSteps();
    const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    await fileReaderReport(report(guide), { clientAddress: address });
    const [row] = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "ReaderReport" WHERE "guideSlug" = ${guide}`;
    expect(Object.keys(row ?? {}).sort()).toEqual(["createdAt", "device", "differs", "guideSlug", "id", "region", "reviewItemId", "stepId"]);
    expect(JSON.stringify(row)).not.toContain(address);
    const counters = await db.rateLimitHit.findMany({ where: { key: { startsWith: `${REPORTS_PER_CLIENT.name}:` } } });
    expect(counters.length).toBeGreaterThan(0);
    expect(counters.map((counter) => counter.key).join(" ")).not.toContain(address);

    // Every per-client counter whose window has ended is deleted by the next report, not kept for a day.
    await db.rateLimitHit.updateMany({ where: { key: { startsWith: `${REPORTS_PER_CLIENT.name}:` } }, data: { windowStart: new Date(Date.now() - (REPORTS_PER_CLIENT.windowSeconds + 1) * 1000) } });
    await fileReaderReport(report(guide, "turn-off"), { clientAddress: client() });
    const left = await db.rateLimitHit.findMany({ where: { key: { startsWith: `${REPORTS_PER_CLIENT.name}:` } } });
    expect(left).toHaveLength(1);
  });

  test("once an editor resolves the item, the next report opens a new one; the old keeps its reports", async () => {
    const guide = await guideWithSteps();
    const first = await fileReaderReport(report(guide), { clientAddress: client() });
    await db.reviewItem.update({ where: { id: first.reviewItemId }, data: { resolvedAt: new Date() } });
    const next = await fileReaderReport(report(guide), { clientAddress: client() });
    expect(next.reviewItemId).not.toBe(first.reviewItemId);
    const item = await db.reviewItem.findUniqueOrThrow({ where: { id: next.reviewItemId } });
    expect(item.dedupeKey).toBe(`reader-report:${guide}:open-settings:1`);
    expect(await db.readerReport.count({ where: { reviewItemId: first.reviewItemId } })).toBe(1);
    expect(await db.readerReport.count({ where: { reviewItemId: next.reviewItemId } })).toBe(1);
  });

  test("concurrent first reports on one step share one open item", async () => {
    const guide = await guideWithSteps();
    const filed = await Promise.all(Array.from({ length: 6 }, () => fileReaderReport(report(guide), { clientAddress: client() })));
    expect(new Set(filed.map((outcome) => outcome.reviewItemId)).size).toBe(1);
    expect(await db.reviewItem.count({ where: { guideSlug: guide, reason: "reader-report", resolvedAt: null } })).toBe(1);
    expect(await db.readerReport.count({ where: { guideSlug: guide } })).toBe(6);
  });

  test("an unknown or retired step is refused before anything is counted or stored", async () => {
    const guide = await guideWithSteps();
    const address = client();
    for (const step of ["no-such-step", "old-step"]) {
      const error = await refusal(fileReaderReport(report(guide, step), { clientAddress: address }));
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("not-found");
      expect(readerReportErrorCodes(error)).toEqual(["unknown-step"]);
    }
    expect(await refusal(fileReaderReport(report(unique("no-guide")), { clientAddress: address }))).toBeInstanceOf(AppError);
    expect(await db.readerReport.count({ where: { guideSlug: guide } })).toBe(0);
    expect(await db.reviewItem.count({ where: { guideSlug: guide } })).toBe(0);
  });

  test("bad form input is refused with the fields named, and stores nothing", async () => {
    const guide = await guideWithSteps();
    const error = await refusal(fileReaderReportFromForm({ guide, step: "open-settings", differs: "   ", device: "fax", region: "x".repeat(81) }, client()));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect(readerReportErrorCodes(error)).toEqual(["differs", "device", "region"]);
    const noTarget = await refusal(fileReaderReportFromForm({ guide: "../x", differs: "what differs" }, client()));
    expect((noTarget as AppError).code).toBe("invalid-input");
    expect(readerReportErrorCodes(noTarget)).toBeUndefined();
    expect(await db.readerReport.count({ where: { guideSlug: guide } })).toBe(0);
    // A good form goes through.
    await fileReaderReportFromForm({ guide, step: "open-settings", differs: "  The menu says Privacy, not Data  ", device: "ios", region: "" }, client());
    expect((await reportsOf(guide)).map(({ differs, region }) => ({ differs, region }))).toEqual([{ differs: "The menu says Privacy, not Data", region: null }]);
  });

  test(`rate-limited: ${REPORTS_PER_CLIENT.limit} per client an hour, ${REPORTS_PER_STEP.limit} per step an hour; refused reports are not stored`, async () => {
    const guide = await guideWithSteps();
    const address = client();
    for (let i = 0; i < REPORTS_PER_CLIENT.limit; i += 1) await fileReaderReport(report(guide, i % 2 ? "turn-off" : "open-settings"), { clientAddress: address });
    const limited = await refusal(fileReaderReport(report(guide, "turn-off"), { clientAddress: address }));
    expect((limited as AppError).code).toBe("rate-limited");
    expect((limited as AppError).retryAfterSeconds).toBeGreaterThan(0);
    expect(readerReportErrorCodes(limited)).toEqual(["rate-limited"]);
    expect(await db.readerReport.count({ where: { guideSlug: guide } })).toBe(REPORTS_PER_CLIENT.limit);

    // Per step, from many addresses: the step already has 5 of its 30 from the loop above.
    const other = await guideWithSteps();
    for (let i = 0; i < REPORTS_PER_STEP.limit; i += 1) await fileReaderReport(report(other), { clientAddress: client() });
    const flooded = await refusal(fileReaderReport(report(other), { clientAddress: client() }));
    expect((flooded as AppError).code).toBe("rate-limited");
    expect(await db.readerReport.count({ where: { guideSlug: other } })).toBe(REPORTS_PER_STEP.limit);
    // The other steps of that guide are not affected.
    await expect(fileReaderReport(report(other, "turn-off"), { clientAddress: client() })).resolves.toBeDefined();
  });
});

describe("reading reports for the review queue (real Postgres)", () => {
  test("open report counts per guide and step, without resolved items; an item's reports newest first", async () => {
    const guide = await guideWithSteps();
    const a = await fileReaderReport(report(guide, "open-settings", "first report here"), { clientAddress: client() });
    await fileReaderReport(report(guide, "open-settings", "second report here"), { clientAddress: client() });
    await fileReaderReport({ ...report(guide, "open-settings", "third report here"), device: "ios", region: "UK" }, { clientAddress: client() });
    const b = await fileReaderReport(report(guide, "turn-off"), { clientAddress: client() });

    const counts = await openReaderReportCounts({ guideSlug: guide });
    expect(counts.map(({ stepId, reports, reviewItemId }) => ({ stepId, reports, reviewItemId }))).toEqual([
      { stepId: "open-settings", reports: 3, reviewItemId: a.reviewItemId },
      { stepId: "turn-off", reports: 1, reviewItemId: b.reviewItemId },
    ]);
    expect(counts[0]?.latestReportAt).toBeInstanceOf(Date);
    expect((await openReaderReportCounts()).filter((count) => count.guideSlug === guide)).toHaveLength(2);

    const reports = await reportsOfReviewItem(a.reviewItemId);
    expect(reports.map(({ differs, device, region }) => ({ differs, device, region }))).toEqual([
      { differs: "third report here", device: "ios", region: "UK" },
      { differs: "second report here", device: "android", region: null },
      { differs: "first report here", device: "android", region: null },
    ]);
    expect(await reportsOfReviewItem(a.reviewItemId, { limit: 1 })).toHaveLength(1);
    expect(await reportsOfReviewItem("no such id\u0000")).toEqual([]);
    expect(await reportsOfReviewItem("unknown-item-id")).toEqual([]);

    await db.reviewItem.update({ where: { id: a.reviewItemId }, data: { resolvedAt: new Date() } });
    expect((await openReaderReportCounts({ guideSlug: guide })).map((count) => count.stepId)).toEqual(["turn-off"]);
    // Other open items of the guide (a missing anchor, say) are not reader reports.
    await db.reviewItem.create({ data: { dedupeKey: unique("anchor"), guideSlug: guide, stepId: "turn-off", reason: "anchor-missing", priority: 300 } });
    expect(await openReaderReportCounts({ guideSlug: guide })).toHaveLength(1);
  });
});
