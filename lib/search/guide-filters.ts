import { CATEGORIES, DEVICES, PLACES, isSlug, oneOf, type Category, type Device, type Place, type Region } from "@/lib/content/content-constants";
import { appliesIn, splitByPlace } from "@/lib/search/region-fit";

/** "Time needed" choices: at most this many minutes. */
export const TIME_LIMITS = [5, 15, 30] as const;
export type TimeLimit = (typeof TIME_LIMITS)[number];

export type GuideFilters = {
  q: string;
  platform?: string;
  category?: Category;
  time?: TimeLimit;
  device?: Device;
  /** Where the person lives: narrows the list, and guides for other regions are set apart with why (see filterGuidesByPlace). */
  region?: Place;
};

/** What the filters need to know about a guide; small enough to ship to the browser for every guide. */
export type FilterableGuide = {
  slug: string;
  platform: string;
  category: Category;
  minutes: number;
  devices: readonly Device[];
  regions: readonly Region[];
  /** For a guide not for every region: what applies elsewhere (the guide's frontmatter). */
  elsewhere?: string;
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
    region: param(params, "region", (raw) => oneOf(PLACES, raw)),
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

export function matchesFilters(guide: FilterableGuide, filters: GuideFilters): boolean {
  return (
    (filters.platform === undefined || guide.platform === filters.platform) &&
    (filters.category === undefined || guide.category === filters.category) &&
    (filters.time === undefined || guide.minutes <= filters.time) &&
    (filters.device === undefined || guide.devices.includes(filters.device)) &&
    (filters.region === undefined || appliesIn(guide.regions, filters.region))
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

/**
 * The library's view: the guides matching every filter, and apart from them the ones that match
 * everything but the region, so a region filter narrows the list without hiding a guide (Meta's
 * only guide is for the EU, EEA and UK; someone in the US still sees it, with why).
 */
export function filterGuidesByPlace<T extends FilterableGuide>(guides: readonly T[], filters: GuideFilters, rankedSlugs?: readonly string[]): { shown: T[]; outside: T[] } {
  const { applies, outside } = splitByPlace(filterGuides(guides, { ...filters, region: undefined }, rankedSlugs), filters.region);
  return { shown: applies, outside };
}

export function hasActiveFilters(filters: GuideFilters): boolean {
  return guideFiltersQuery(filters) !== "";
}
