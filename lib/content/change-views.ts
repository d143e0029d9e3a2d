import { CHANGE_KIND_LABELS, CHANGE_KINDS, CHANGE_SEVERITIES, CHANGE_SEVERITY_LABELS, type ChangeSeverity } from "@/lib/content/change-constants";
import { REGION_LABELS } from "@/lib/content/labels";
import type { ChangeEntry } from "@/lib/content/change-schema";
import type { ChangeFilter } from "@/lib/content/change-paths";
import type { GuideSource } from "@/lib/content/guide-schema";
import { CROSS_PLATFORM, REGIONS, type Region } from "@/lib/content/content-constants";

/**
 * The platform entry for cross-platform habits ("All platforms"). It is not a platform anyone
 * follows, and a filter labelled "All platforms" would read as "no filter", so it gets no
 * platform filter or feed; its guides are still filterable (and subscribable) one by one.
 */
export { CROSS_PLATFORM };

/** What the change pages and feeds need to know about a guide. */
export type ChangeGuideInfo = { slug: string; title: string; platform: string; platformName: string; steps: readonly { id: string; title: string }[] };

/** A touched step by its title; a step retired from the guide keeps only its id. */
export type TouchedStep = { id: string; title: string; inGuide: boolean };

/** A change entry joined with its guide: everything a card, an entry page or a feed item shows. */
export type ChangeView = {
  id: string;
  title: string;
  date: string;
  /** When OffSwitch published it, if later than `date` (backfilled history). */
  published?: string;
  /** Where it applies; absent means everywhere. */
  regions?: Region[];
  kind: ChangeEntry["kind"];
  severity: ChangeSeverity;
  summary: string;
  sources: GuideSource[];
  guide: { slug: string; title: string; platform: string; platformName: string };
  touchedSteps: "all" | TouchedStep[];
};

export function toChangeView(change: ChangeEntry, guides: readonly ChangeGuideInfo[]): ChangeView {
  const guide = guides.find((candidate) => candidate.slug === change.guide);
  const touchedSteps =
    change.steps === "all"
      ? "all"
      : change.steps.map((id) => {
          const step = guide?.steps.find((candidate) => candidate.id === id);
          return { id, title: step?.title ?? id, inGuide: step !== undefined };
        });
  return {
    id: change.id,
    title: change.title,
    date: change.date,
    ...(change.published ? { published: change.published } : {}),
    ...(change.regions ? { regions: change.regions } : {}),
    kind: change.kind,
    severity: change.severity,
    summary: change.summary,
    sources: change.sources,
    // content:check guarantees the guide exists; the slug is a readable fallback all the same.
    guide: {
      slug: change.guide,
      title: guide?.title ?? change.guide,
      platform: guide?.platform ?? change.platform,
      platformName: guide?.platformName ?? change.platform,
    },
    touchedSteps,
  };
}

export function matchesFilter(change: ChangeView, filter: ChangeFilter): boolean {
  switch (filter.kind) {
    case "all":
      return true;
    case "platform":
      return change.guide.platform === filter.slug;
    case "guide":
      return change.guide.slug === filter.slug;
    case "severity":
      return change.severity === filter.severity;
    case "change-kind":
      return change.kind === filter.changeKind;
    case "region":
      // No regions: the change applies everywhere, so it shows under every region.
      return change.regions === undefined || change.regions.includes(filter.region);
  }
}

/** The regions a change can be filtered by: every region code but "worldwide" (which is no region). */
export const CHANGE_FILTER_REGIONS = REGIONS.filter((region): region is Exclude<Region, "worldwide"> => region !== "worldwide");

export type FilterOption = { filter: ChangeFilter; label: string; count: number };

export type ChangeFilterOptions = {
  total: number;
  platforms: FilterOption[];
  guides: FilterOption[];
  severities: FilterOption[];
  kinds: FilterOption[];
  regions: FilterOption[];
};

/** Every filter a person can pick, each with how many entries it shows, including the empty ones. */
export function changeFilterOptions(guides: readonly ChangeGuideInfo[], changes: readonly ChangeView[]): ChangeFilterOptions {
  const count = (filter: ChangeFilter) => changes.filter((change) => matchesFilter(change, filter)).length;
  const platforms = new Map<string, string>();
  for (const guide of guides) if (guide.platform !== CROSS_PLATFORM) platforms.set(guide.platform, guide.platformName);
  const option = (filter: ChangeFilter, label: string): FilterOption => ({ filter, label, count: count(filter) });
  return {
    total: changes.length,
    platforms: [...platforms].map(([slug, name]) => option({ kind: "platform", slug }, name)),
    guides: guides.map((guide) => option({ kind: "guide", slug: guide.slug }, guide.title)),
    severities: CHANGE_SEVERITIES.map((severity) => option({ kind: "severity", severity }, CHANGE_SEVERITY_LABELS[severity])),
    kinds: CHANGE_KINDS.map((changeKind) => option({ kind: "change-kind", changeKind }, CHANGE_KIND_LABELS[changeKind])),
    regions: CHANGE_FILTER_REGIONS.map((region) => option({ kind: "region", region }, REGION_LABELS[region])),
  };
}

export function sameFilter(a: ChangeFilter, b: ChangeFilter): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "severity" && b.kind === "severity") return a.severity === b.severity;
  if (a.kind === "change-kind" && b.kind === "change-kind") return a.changeKind === b.changeKind;
  if (a.kind === "region" && b.kind === "region") return a.region === b.region;
  if ((a.kind === "platform" || a.kind === "guide") && (b.kind === "platform" || b.kind === "guide")) return a.slug === b.slug;
  return true;
}

/** The options of one filter group worth offering: those with entries, and the one in use even when empty. */
export function offeredOptions(pool: readonly FilterOption[], current: ChangeFilter): FilterOption[] {
  return pool.filter((option) => option.count > 0 || sameFilter(option.filter, current));
}

/** The option a filter stands for, or undefined for a platform or guide that does not exist. */
export function findFilterOption(options: ChangeFilterOptions, filter: ChangeFilter): FilterOption | undefined {
  if (filter.kind === "all") return { filter, label: "All changes", count: options.total };
  const pools: Record<Exclude<ChangeFilter["kind"], "all">, FilterOption[]> = {
    platform: options.platforms,
    guide: options.guides,
    severity: options.severities,
    "change-kind": options.kinds,
    region: options.regions,
  };
  return pools[filter.kind].find((option) => sameFilter(option.filter, filter));
}

/** Entries per list page: a few screens on a phone, and every filter stays a static page. */
export const CHANGES_PER_PAGE = 20;

export type ChangePageInfo = { number: number; count: number };

/** How many pages a list of `total` entries takes (an empty list still has its one page). */
export function pageCount(total: number, perPage = CHANGES_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** One page of a list, or undefined past the last page. */
export function pageOf<T>(items: readonly T[], number: number, perPage = CHANGES_PER_PAGE): { items: T[]; page: ChangePageInfo } | undefined {
  const count = pageCount(items.length, perPage);
  if (!Number.isInteger(number) || number < 1 || number > count) return undefined;
  return { items: items.slice((number - 1) * perPage, number * perPage), page: { number, count } };
}

export type MonthGroup<T> = { month: string; items: T[] };

/** Consecutive entries of one calendar month ("2025-11"), in the order given (newest first). */
export function groupByMonth<T extends { date: string }>(items: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const month = item.date.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}

/** What a list page shows for one filter: one page of its entries. */
export type ChangeListing = {
  /** This page's entries. */
  changes: ChangeView[];
  page: ChangePageInfo;
  options: ChangeFilterOptions;
  current: FilterOption;
  description: FilterDescription;
};

export type FilterDescription = { heading: string; description: string; empty: string };

/** The words for a list page (and its feeds): what it shows, and what an empty list means. */
export function describeFilter(filter: ChangeFilter, label: string): FilterDescription {
  switch (filter.kind) {
    case "all":
      return {
        heading: "Settings changes",
        description: "Every change to a setting our guides cover, newest first: when a platform moves, renames or switches a setting back on, and when we correct a guide.",
        empty: "No changes have been recorded yet.",
      };
    case "platform":
      return {
        heading: `${label} settings changes`,
        description: `Changes to the ${label} settings our guides cover, newest first.`,
        empty: `No changes to ${label} settings have been recorded yet.`,
      };
    case "guide":
      return {
        heading: `Changes to “${label}”`,
        description: "Changes to the settings this guide covers, and corrections of the guide itself, newest first.",
        empty: "No changes to this guide have been recorded yet.",
      };
    case "severity":
      return filter.severity === "action-needed"
        ? {
            heading: "Changes that need action",
            description: "Changes after which the steps you had done need checking again, newest first.",
            empty: "No changes need action right now.",
          }
        : {
            heading: "Changes for information",
            description: "Changes worth knowing about that do not undo anything you did, newest first.",
            empty: "No changes for information have been recorded yet.",
          };
    case "change-kind":
      return {
        heading: `Settings changes: ${label}`,
        description: `Changes of this kind (${label.toLowerCase()}) to the settings our guides cover, newest first.`,
        empty: "No changes of this kind have been recorded yet.",
      };
    case "region":
      return {
        heading: `Settings changes for ${label}`,
        description: `Changes that apply to people in ${label}, including those that apply everywhere, newest first.`,
        empty: `No changes for ${label} have been recorded yet.`,
      };
  }
}
