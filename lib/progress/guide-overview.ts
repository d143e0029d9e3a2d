import type { ProgressState } from "@/lib/progress/progress-schema";
import { attentionCount, guideAttention, type ChangeNotice, type GuideAttention } from "@/lib/progress/needs-attention";

export type IndexedGuide = { slug: string; title: string; platformName: string; steps: readonly { id: string; title: string; publishedOn: string }[] };

export type GuideOverview = {
  guide: IndexedGuide;
  attention: GuideAttention;
  needingAttention: number;
  /** Steps done and not flagged. */
  settled: number;
  total: number;
  status: "needs-attention" | "in-progress" | "completed" | "not-started";
};

/** Every guide's standing for one person: the dashboard's sections and the header badge come from this. */
export function guideOverviews(progress: ProgressState, guides: readonly IndexedGuide[], changes: readonly ChangeNotice[]): GuideOverview[] {
  return guides.map((guide) => {
    const guideProgress = progress[guide.slug];
    const attention = guideAttention(guideProgress, { slug: guide.slug, steps: guide.steps }, changes);
    const needingAttention = attentionCount(attention);
    const settled = guide.steps.filter((step) => guideProgress?.[step.id]?.done && !attention.changedSteps.has(step.id)).length;
    const anyTicked = guide.steps.some((step) => guideProgress?.[step.id]?.done);
    const status = needingAttention > 0 ? "needs-attention" : settled === guide.steps.length && settled > 0 ? "completed" : anyTicked ? "in-progress" : "not-started";
    return { guide, attention, needingAttention, settled, total: guide.steps.length, status };
  });
}

export function totalNeedingAttention(overviews: readonly GuideOverview[]): number {
  return overviews.reduce((sum, overview) => sum + overview.needingAttention, 0);
}
