import { CATEGORIES, DEVICES, REGIONS, isSlug, oneOf, type Category, type Device, type Region } from "@/lib/content/content-constants";

/** "Time needed" choices: at most this many minutes. */
export const TIME_LIMITS = [5, 15, 30] as const;
export type TimeLimit = (typeof TIME_LIMITS)[number];

export type GuideFilters = {
  q: string;
  platform?: string;
  category?: Category;
  time?: TimeLimit;
  device?: Device;
  region?: Region;
};

/** What the filters need to know about a guide; small enough to ship to the browser for every guide. */
export type FilterableGuide = {
  slug: string;
  platform: string;
  category: Category;
  minutes: number;
  devices: readonly Device[];
  regions: readonly Region[];
};

// Plain guards rather than zod, as in lib/progress/progress-guards.ts: this runs in the browser,
// where zod (even zod/mini, which Turbopack does not tree-shake) cost 16.7 kB gzip and put /guides
// over its 150 kB first-load budget. guide-filters.test.ts holds them to zod schemas of the same rules.
const MAX_QUERY_LENGTH = 100;

function parseQuery(raw: string): string | undefined {
  const trimmed = raw.trim();
  return trimmed.length <= MAX_QUERY_LENGTH ? trimmed : undefined;
}

/** A URL parameter's value, or undefined when it is absent, empty or not valid. */
function param<T>(params: URLSearchParams, key: string, parse: (raw: string) => T | undefined): T | undefined {
  const raw = params.get(key);
  return raw === null || raw === "" ? undefined : parse(raw);
}

/** Filters from a linkable URL; a value that is not valid is ignored rather than failing the page. */
export function parseGuideFilters(params: URLSearchParams): GuideFilters {
  return {
    q: param(params, "q", parseQuery) ?? "",
    platform: param(params, "platform", (raw) => (isSlug(raw) ? raw : undefined)),
    category: param(params, "category", (raw) => oneOf(CATEGORIES, raw)),
    time: param(params, "time", (raw) => TIME_LIMITS.find((limit) => String(limit) === raw)),
    device: param(params, "device", (raw) => oneOf(DEVICES, raw)),
    region: param(params, "region", (raw) => oneOf(REGIONS, raw)),
  };
}

/** The URL query for a set of filters, in a fixed order and without empty values. */
export function guideFiltersQuery(filters: GuideFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set("q", filters.q.trim());
  for (const key of ["platform", "category", "time", "device", "region"] as const) {
    const value = filters[key];
    if (value !== undefined) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** A guide applies in a region when it lists that region or applies worldwide. */
export function appliesInRegion(regions: readonly Region[], region: Region): boolean {
  return regions.includes(region) || regions.includes("worldwide");
}

export function matchesFilters(guide: FilterableGuide, filters: GuideFilters): boolean {
  return (
    (filters.platform === undefined || guide.platform === filters.platform) &&
    (filters.category === undefined || guide.category === filters.category) &&
    (filters.time === undefined || guide.minutes <= filters.time) &&
    (filters.device === undefined || guide.devices.includes(filters.device)) &&
    (filters.region === undefined || appliesInRegion(guide.regions, filters.region))
  );
}

/**
 * The guides to show, in order: with a search query, in the order of `rankedSlugs` (the search
 * results, best first); without one, in the library's order.
 */
export function filterGuides<T extends FilterableGuide>(guides: readonly T[], filters: GuideFilters, rankedSlugs?: readonly string[]): T[] {
  const matching = guides.filter((guide) => matchesFilters(guide, filters));
  if (!filters.q.trim() || rankedSlugs === undefined) return matching;
  const rank = new Map(rankedSlugs.map((slug, index) => [slug, index]));
  return matching.filter((guide) => rank.has(guide.slug)).sort((a, b) => (rank.get(a.slug) ?? 0) - (rank.get(b.slug) ?? 0));
}

export function hasActiveFilters(filters: GuideFilters): boolean {
  return guideFiltersQuery(filters) !== "";
}
