import "server-only";
import type { GuideSource, GuideStep } from "@/lib/content/guide-schema";
import { describeWatchStatus, type SourceWatchState } from "@/lib/sources/watch-status";
import { db } from "@/server/db/client";

/**
 * The watcher's sentence for one guide, read when the page is rendered (at build time for the
 * prerendered guide page). Undefined when the database cannot be read: the page then says nothing
 * rather than claim a check.
 */
export async function guideWatchSentence(guide: { slug: string; sources: readonly GuideSource[]; steps: readonly GuideStep[] }): Promise<string | undefined> {
  const official = guide.sources.filter((source) => source.official);
  if (official.length === 0) return undefined;
  try {
    const rows = await db.source.findMany({
      where: { url: { in: official.map((source) => source.url) } },
      select: { id: true, url: true, lastCheckedAt: true, lastSuccessAt: true, checks: { orderBy: { checkedAt: "desc" }, take: 1, select: { outcome: true, reason: true } } },
    });
    const publisherOf = new Map(official.map((source) => [source.url, source.publisher]));
    const idToPublisher = new Map(rows.map((row) => [row.id, publisherOf.get(row.url) ?? "The platform"]));
    const sources: SourceWatchState[] = official.map((source) => {
      const row = rows.find((candidate) => candidate.url === source.url);
      const latest = row?.checks[0];
      return { publisher: source.publisher, lastCheckedAt: row?.lastCheckedAt ?? null, lastSuccessAt: row?.lastSuccessAt ?? null, failedWhy: latest?.outcome === "failed" ? (latest.reason ?? "unknown") : null };
    });
    const open = await db.reviewItem.findMany({
      where: { guideSlug: guide.slug, resolvedAt: null, reason: { in: ["anchor-missing", "source-changed"] } },
      select: { stepId: true, createdAt: true, sourceId: true },
    });
    return describeWatchStatus({
      sources,
      open: open.map((item) => ({ publisher: (item.sourceId && idToPublisher.get(item.sourceId)) || "The platform", stepId: item.stepId, since: item.createdAt })),
      stepNumbers: new Map(guide.steps.map((step, index) => [step.id, index + 1])),
    });
  } catch {
    return undefined;
  }
}
