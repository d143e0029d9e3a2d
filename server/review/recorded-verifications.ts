import "server-only";
import { effectiveLastVerified } from "@/lib/review/verification";
import { db } from "@/server/db/client";

/**
 * The latest verification an editor recorded for each guide (public: no editor is named).
 * Empty when the database cannot be read (a build without one): pages then show the front
 * matter's lastVerified, which is never later than the truth.
 */
export async function latestVerifications(slugs?: readonly string[]): Promise<Map<string, Date>> {
  return readLatestVerifications(slugs).catch(() => new Map<string, Date>());
}

/** As latestVerifications, but a database error is thrown (the live status answers 503 rather than an older date). */
export async function readLatestVerifications(slugs?: readonly string[]): Promise<Map<string, Date>> {
  const rows = await db.verification.groupBy({ by: ["guideSlug"], _max: { verifiedAt: true }, ...(slugs ? { where: { guideSlug: { in: [...slugs] } } } : {}) });
  return new Map(rows.flatMap((row) => (row._max.verifiedAt ? [[row.guideSlug, row._max.verifiedAt] as const] : [])));
}

/**
 * Guides with `lastVerified` moved to a later recorded verification, for every page and API that
 * shows when a guide was verified (cards, guide page, dataset, sitemap), so they all agree.
 */
export async function withRecordedVerification<Guide extends { slug: string; lastVerified: string }>(guides: readonly Guide[]): Promise<Guide[]> {
  const latest = await latestVerifications(guides.map((guide) => guide.slug));
  return guides.map((guide) => {
    const lastVerified = effectiveLastVerified(guide.lastVerified, latest.get(guide.slug));
    return lastVerified === guide.lastVerified ? guide : { ...guide, lastVerified };
  });
}
