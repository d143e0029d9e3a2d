import "server-only";
import { effectiveLastVerified } from "@/lib/review/verification";
import type { GuideLiveStatus } from "@/lib/review/guide-live-status";
import { getGuide } from "@/server/content/guides";
import { readLatestVerifications } from "@/server/review/recorded-verifications";
import { guideWatchSentence } from "@/server/sources/guide-watch-status";
import { AppError } from "@/server/errors";

/**
 * What a guide page updates after load (GET /api/guides/<slug>/status): its verification date,
 * counting verifications recorded at /review, and the watcher's sentence, read now.
 */
export async function guideLiveStatus(slug: string, now: Date = new Date()): Promise<GuideLiveStatus> {
  const guide = await getGuide(slug);
  if (!guide) throw new AppError("not-found", "No guide with that slug.");
  // Read first and unguarded: with the database down this throws (503), and the page keeps the build's text.
  const recorded = await readLatestVerifications([slug]);
  const watch = await guideWatchSentence(guide);
  const verifiedAt = recorded.get(slug) ?? null;
  return {
    slug,
    lastVerified: effectiveLastVerified(guide.lastVerified, verifiedAt),
    verifiedAt: verifiedAt?.toISOString() ?? null,
    watch: watch ?? null,
    asOf: now.toISOString(),
  };
}
