// zod/mini: the same parsing as zod, tree-shaken to a few kB, since this runs in the browser.
import { z } from "zod/mini";
import { CATEGORIES, DEVICES, GUIDE_SLUG_PATTERN, REGIONS, type Category, type Device, type Region } from "@/lib/content/content-constants";

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

// One schema per URL parameter rather than one object schema: parsing a z.object makes zod probe
// for `new Function`, which this site's CSP forbids in the browser.
const filterParamSchemas = {
  q: z.string().check(z.trim(), z.maxLength(100)),
  platform: z.string().check(z.maxLength(120), z.regex(GUIDE_SLUG_PATTERN)),
  category: z.enum(CATEGORIES),
  time: z.enum(TIME_LIMITS.map(String) as [string, ...string[]]),
  device: z.enum(DEVICES),
  region: z.enum(REGIONS),
};

function parseParam<K extends keyof typeof filterParamSchemas>(params: URLSearchParams, key: K): z.output<(typeof filterParamSchemas)[K]> | undefined {
  const raw = params.get(key);
  if (raw === null || raw === "") return undefined;
  const parsed = filterParamSchemas[key].safeParse(raw);
  return parsed.success ? (parsed.data as z.output<(typeof filterParamSchemas)[K]>) : undefined;
}

/** Filters from a linkable URL; a value that is not valid is ignored rather than failing the page. */
export function parseGuideFilters(params: URLSearchParams): GuideFilters {
  return {
    q: parseParam(params, "q") ?? "",
    platform: parseParam(params, "platform"),
    category: parseParam(params, "category"),
    time: TIME_LIMITS.find((limit) => String(limit) === parseParam(params, "time")),
    device: parseParam(params, "device"),
    region: parseParam(params, "region"),
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
