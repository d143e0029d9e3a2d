import "server-only";
import { inlineDiff, type SourceDiff } from "@/lib/review/source-diff";
import { groupReviewQueue, stepsConcerned, type OpenReviewItem } from "@/lib/review/review-queue";
import { db } from "@/server/db/client";
import { getGuide } from "@/server/content/guides";
import { requireEditor } from "@/server/review/require-editor";

export type ReportView = { id: string; differs: string; device: string; region: string | null; createdAt: Date };

export type StepConcerned = { id: string; number: number | null; title: string; missingAnchors: string[]; reports: ReportView[] };

export type FlaggedGuideView = {
  guideSlug: string;
  title: string;
  platformName: string;
  priority: number;
  since: Date;
  reasons: string[];
  steps: StepConcerned[];
  diffs: SourceDiff[];
  /** Sources that kept failing (reason "source-failing"), with why. */
  failing: { url: string; why: string }[];
  /** The open items shown: "Still correct" resolves exactly these. */
  itemIds: string[];
};

/** The open review queue, one entry per flagged guide, highest priority first. Editors only. */
export async function reviewQueue(): Promise<FlaggedGuideView[]> {
  await requireEditor();
  const items = await db.reviewItem.findMany({
    where: { resolvedAt: null },
    select: {
      id: true, guideSlug: true, stepId: true, sourceId: true, reason: true, priority: true, anchorPhrase: true, fromVersionId: true, toVersionId: true, createdAt: true,
      source: { select: { url: true } },
      reports: { orderBy: { createdAt: "asc" }, select: { id: true, differs: true, device: true, region: true, createdAt: true } },
    },
  });
  const versionIds = [...new Set(items.flatMap((item) => [item.fromVersionId, item.toVersionId]).filter((id): id is string => id !== null))];
  const versions = new Map((await db.sourceVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, text: true, firstSeenAt: true } })).map((version) => [version.id, version]));

  const views: FlaggedGuideView[] = [];
  for (const group of groupReviewQueue<OpenReviewItem & (typeof items)[number]>(items)) {
    const guide = await getGuide(group.guideSlug);
    const stepNumber = new Map(guide?.steps.map((step, index) => [step.id, index + 1]) ?? []);
    const stepTitle = new Map(guide?.steps.map((step) => [step.id, step.title]) ?? []);
    const sourceOf = new Map(guide?.sources.map((source) => [source.url, source]) ?? []);
    const steps: StepConcerned[] = stepsConcerned(group.items)
      .map((id) => {
        const stepItems = group.items.filter((item) => item.stepId === id);
        return {
          id,
          number: stepNumber.get(id) ?? null,
          title: stepTitle.get(id) ?? id,
          missingAnchors: [...new Set(stepItems.flatMap((item) => (item.reason === "anchor-missing" && item.anchorPhrase ? [item.anchorPhrase] : [])))],
          reports: stepItems.flatMap((item) => item.reports),
        };
      })
      .sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));

    const diffs = new Map<string, SourceDiff>();
    for (const item of group.items) {
      if (!item.sourceId || !item.toVersionId || !item.source) continue;
      const key = `${item.sourceId}:${item.fromVersionId ?? ""}:${item.toVersionId}`;
      const to = versions.get(item.toVersionId);
      if (diffs.has(key) || !to) continue;
      const from = item.fromVersionId ? versions.get(item.fromVersionId) : undefined;
      const cited = sourceOf.get(item.source.url);
      const diff = from ? inlineDiff(from.text, to.text) : { lines: [], added: 0, removed: 0, truncated: false };
      diffs.set(key, {
        sourceId: item.sourceId,
        url: item.source.url,
        publisher: cited?.publisher ?? new URL(item.source.url).hostname,
        title: cited?.title ?? item.source.url,
        fromSeen: from?.firstSeenAt ?? null,
        toSeen: to.firstSeenAt,
        addedLines: diff.added,
        removedLines: diff.removed,
        lines: diff.lines,
        truncated: diff.truncated,
      });
    }
    views.push({
      guideSlug: group.guideSlug,
      title: guide?.title ?? group.guideSlug,
      platformName: guide?.platformName ?? "",
      priority: group.priority,
      since: group.since,
      reasons: [...new Set(group.items.map((item) => item.reason))],
      steps,
      diffs: [...diffs.values()],
      failing: group.items.filter((item) => item.reason === "source-failing" && item.source).map((item) => ({ url: item.source?.url ?? "", why: item.anchorPhrase ?? "unknown" })),
      itemIds: group.items.map((item) => item.id),
    });
  }
  return views;
}
