import "server-only";
import { createHash } from "node:crypto";
import { diffTexts } from "@/lib/sources/text-diff";
import { reviewFlags, type ReviewFlag } from "@/lib/sources/review-flags";
import type { WatchedSource } from "@/lib/sources/watched-sources";
import { db } from "@/server/db/client";
import type { Prisma, Source } from "@/server/db/generated/client";

/** Failures in a row before a source is reported (once per streak). */
export const FAILURE_REPORT_AFTER = 3;
const REPORT_PRIORITY = 50;

export type Capture =
  | { kind: "text"; text: string; etag?: string; lastModified?: string }
  | { kind: "not-modified" }
  | { kind: "failed"; why: string; status?: number; retryAfterMs?: number; retryable: boolean };

export type CheckOutcome = "first" | "unchanged" | "pending" | "changed" | "rehinted" | "failed";

export type RecordedCheck = {
  outcome: CheckOutcome;
  why?: string;
  /** A failure streak reached FAILURE_REPORT_AFTER on this check: reported now, and not again until it ends. */
  reported?: boolean;
  flags: ReviewFlag[];
  diff?: { addedLines: number; removedLines: number };
};

export function textHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Applies one capture to a source's stored state in one transaction. Invariants: a version row
 * exists only for text seen on two consecutive fetches (or the first text, or a re-read with new
 * hints); an unchanged page adds only a SourceCheck row; review items are unique per finding.
 */
export async function recordCheck(input: {
  source: Source;
  watched: WatchedSource;
  hintsHash: string;
  capture: Capture;
  fetcher: "http" | "chromium";
  durationMs: number;
  now: Date;
}): Promise<RecordedCheck> {
  const { source, watched, hintsHash, capture, fetcher, durationMs, now } = input;
  return db.$transaction(async (tx) => {
    const check = (outcome: CheckOutcome, data: { reason?: string; httpStatus?: number; versionId?: string } = {}) =>
      tx.sourceCheck.create({ data: { sourceId: source.id, checkedAt: now, outcome, fetcher, durationMs, ...data } });

    if (capture.kind === "failed") {
      const failures = source.consecutiveFailures + 1;
      const reported = failures >= FAILURE_REPORT_AFTER && source.failureReportedAt === null;
      const backoffMs = capture.retryAfterMs ?? (capture.retryable && failures >= 2 ? Math.min(2 ** (failures - 2), 48) * 3600_000 : undefined);
      await tx.source.update({
        where: { id: source.id },
        data: { consecutiveFailures: failures, lastCheckedAt: now, retryAfter: backoffMs === undefined ? null : new Date(now.getTime() + backoffMs), ...(reported ? { failureReportedAt: now } : {}) },
      });
      await check("failed", { reason: capture.why, httpStatus: capture.status });
      if (reported) {
        await tx.reviewItem.createMany({
          data: watched.guides.map((guide) => ({ dedupeKey: `source-failing:${guide}:${source.id}:${now.toISOString()}`, guideSlug: guide, sourceId: source.id, reason: "source-failing", priority: REPORT_PRIORITY, anchorPhrase: capture.why })),
          skipDuplicates: true,
        });
      }
      return { outcome: "failed", why: capture.why, reported, flags: [] };
    }

    const success: Prisma.SourceUncheckedUpdateInput = { consecutiveFailures: 0, failureReportedAt: null, retryAfter: null, lastCheckedAt: now, lastSuccessAt: now };
    const current = source.currentVersionId ? await tx.sourceVersion.findUnique({ where: { id: source.currentVersionId } }) : null;

    // 304: the server's copy equals the last one fetched, which is the pending text if there is one.
    const text = capture.kind === "text" ? capture.text : (source.pendingText ?? current?.text);
    if (text === undefined) {
      await tx.source.update({ where: { id: source.id }, data: { ...success, etag: null, lastModified: null } });
      await check("failed", { reason: "304 without a stored copy", httpStatus: 304 });
      return { outcome: "failed", why: "304 without a stored copy", flags: [] };
    }
    const hash = textHash(text);
    const validators = capture.kind === "text" ? { etag: capture.etag ?? null, lastModified: capture.lastModified ?? null } : {};
    const adopt = async (outcome: CheckOutcome, changed: boolean) => {
      const version = await tx.sourceVersion.upsert({
        where: { sourceId_hash: { sourceId: source.id, hash } },
        create: { sourceId: source.id, hash, text, firstSeenAt: source.pendingSeenAt ?? now, lastSeenAt: now },
        update: { lastSeenAt: now },
      });
      await tx.source.update({ where: { id: source.id }, data: { ...success, ...validators, hintsHash, currentVersionId: version.id, pendingHash: null, pendingText: null, pendingSeenAt: null } });
      await check(outcome, { versionId: version.id });
      const flags = outcome === "rehinted" ? [] : reviewFlags({ text, anchors: watched.anchors, citingGuides: watched.guides, changed });
      if (flags.length > 0) {
        await tx.reviewItem.createMany({
          data: flags.map((flag) => ({
            dedupeKey: `${flag.kind}:${flag.guide}:${flag.kind === "anchor-missing" ? `${flag.step}:${flag.phrase}` : ""}:${source.id}:${version.id}`,
            guideSlug: flag.guide,
            stepId: flag.kind === "anchor-missing" ? flag.step : null,
            sourceId: source.id,
            reason: flag.kind,
            priority: flag.priority,
            anchorPhrase: flag.kind === "anchor-missing" ? flag.phrase : null,
            fromVersionId: current?.id ?? null,
            toVersionId: version.id,
          })),
          skipDuplicates: true,
        });
      }
      const diff = changed && current ? diffTexts(current.text, text) : undefined;
      return { outcome, flags, ...(diff ? { diff: { addedLines: diff.addedLines, removedLines: diff.removedLines } } : {}) };
    };

    if (!current) return adopt("first", false);
    if (source.hintsHash !== hintsHash) return adopt("rehinted", false);
    if (hash === current.hash) {
      // A page that flipped back to the current text was noise: forget the pending one.
      await tx.sourceVersion.update({ where: { id: current.id }, data: { lastSeenAt: now } });
      await tx.source.update({ where: { id: source.id }, data: { ...success, ...validators, pendingHash: null, pendingText: null, pendingSeenAt: null } });
      await check("unchanged", { versionId: current.id });
      return { outcome: "unchanged", flags: [] };
    }
    if (source.pendingHash === hash) return adopt("changed", true);
    await tx.source.update({ where: { id: source.id }, data: { ...success, ...validators, pendingHash: hash, pendingText: text, pendingSeenAt: now } });
    await check("pending", { reason: "differs from the stored version; counts as a change if the next fetch sees it too" });
    return { outcome: "pending", flags: [] };
    // Prisma's defaults (2 s to start, 5 s to finish) lose a cycle's work on a busy machine: a
    // long policy page is a few hundred kB of text, and the worker shares its host with others.
  }, { maxWait: 15_000, timeout: 60_000 });
}
