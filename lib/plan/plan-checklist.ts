import type { Region } from "@/lib/content/content-constants";
import { outsideReason, splitByPlace } from "@/lib/search/region-fit";
import { guideOverviews, totalNeedingAttention, type GuideOverview, type IndexedGuide } from "@/lib/progress/guide-overview";
import type { ChangeNotice } from "@/lib/progress/needs-attention";
import type { ProgressState } from "@/lib/progress/progress-schema";
import type { PlanSelection } from "@/lib/plan/plan-selection";

/** A guide as the plan needs it: the needs-attention index entry plus who it is for and how long it takes. */
export type PlanGuide = IndexedGuide & { platform: string; minutes: number; regions: readonly Region[]; elsewhere?: string };

export type PlanChecklist = {
  guides: (GuideOverview & { guide: PlanGuide })[];
  /** Guides for the services picked that do not apply where the person lives, each with why: shown, never dropped, never counted. */
  outside: { guide: PlanGuide; reason: string }[];
  /** Minutes for every guide in the plan, and for the ones not completed yet. */
  totalMinutes: number;
  remainingMinutes: number;
  totalSteps: number;
  settledSteps: number;
  needingAttention: number;
  completedGuides: number;
};

/**
 * The guides for the services picked: the ones that apply where the person lives (a worldwide
 * guide applies everywhere), and apart from them the ones that do not, so no platform picked
 * ever vanishes from the plan.
 */
export function planGuides<T extends PlanGuide>(catalog: readonly T[], selection: PlanSelection): { applies: T[]; outside: T[] } {
  const picked = new Set(selection.platforms);
  return splitByPlace(
    catalog.filter((guide) => picked.has(guide.platform)),
    selection.region,
  );
}

/** One checklist across the plan's guides, from the same overview and needs-attention logic the dashboard uses. */
export function planChecklist(catalog: readonly PlanGuide[], selection: PlanSelection, progress: ProgressState, changes: readonly ChangeNotice[]): PlanChecklist {
  const { applies: chosen, outside } = planGuides(catalog, selection);
  const place = selection.region;
  const overviews = guideOverviews(progress, chosen, changes) as (GuideOverview & { guide: PlanGuide })[];
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    guides: overviews,
    outside: place === null ? [] : outside.map((guide) => ({ guide, reason: outsideReason(guide, place) })),
    totalMinutes: sum(chosen.map((guide) => guide.minutes)),
    remainingMinutes: sum(overviews.filter((overview) => overview.status !== "completed").map((overview) => overview.guide.minutes)),
    totalSteps: sum(overviews.map((overview) => overview.total)),
    settledSteps: sum(overviews.map((overview) => overview.settled)),
    needingAttention: totalNeedingAttention(overviews),
    completedGuides: overviews.filter((overview) => overview.status === "completed").length,
  };
}
