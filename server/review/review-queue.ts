import "server-only";
import { structuredPatch } from "diff";
import { groupReviewQueue, stepsConcerned, type OpenReviewItem } from "@/lib/review/review-queue";
import { db } from "@/server/db/client";
import { getGuide } from "@/server/content/guides";
import { requireEditor } from "@/server/review/require-editor";

/** A diff line as the page shows it: "+" added, "-" removed, " " context, "@" a hunk header. */
export type DiffLine = { kind: "+" | "-" | " " | "@"; text: string };

export type SourceDiff = {
  sourceId: string;
  url: string;
  publisher: string;
  title: string;
  /** Null on a first check: nothing to compare with. */
  fromSeen: Date | null;
  toSeen: Date;
  addedLines: number;
  removedLines: number;
  lines: DiffLine[];
  /** True when the diff was cut to MAX_DIFF_LINES. */
  truncated: boolean;
};

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
  itemCount: number;
};

const MAX_DIFF_LINES = 400;

function diffLines(before: string, after: string): { lines: DiffLine[]; added: number; removed: number; truncated: boolean } {
  const patch = structuredPatch("before", "after", before.endsWith("\n") ? before : `${before}\n`, after.endsWith("\n") ? after : `${after}\n`, undefined, undefined, { context: 2 });
  const lines: DiffLine[] = [];
  let added = 0;
  let removed = 0;
  for (const hunk of patch.hunks) {
    lines.push({ kind: "@", text: `Lines ${hunk.oldStart}–${hunk.oldStart + Math.max(hunk.oldLines - 1, 0)} before, ${hunk.newStart}–${hunk.newStart + Math.max(hunk.newLines - 1, 0)} now` });
    for (const line of hunk.lines) {
      const kind = line[0] === "+" ? "+" : line[0] === "-" ? "-" : " ";
      if (line.startsWith("\\")) continue;
      if (kind === "+") added += 1;
      if (kind === "-") removed += 1;
      lines.push({ kind, text: line.slice(1) });
    }
  }
  return { lines: lines.slice(0, MAX_DIFF_LINES), added, removed, truncated: lines.length > MAX_DIFF_LINES };
}

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
      const diff = from ? diffLines(from.text, to.text) : { lines: [], added: 0, removed: 0, truncated: false };
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
      itemCount: group.items.length,
    });
  }
  return views;
}
