// zod/mini: the same parsing as zod, tree-shaken to a few kB, since this runs in the browser.
import { z } from "zod/mini";
import { GUIDE_SLUG_PATTERN, REGIONS, type Region } from "@/lib/content/content-constants";

export const MAX_PLAN_PLATFORMS = 100;

/** What a plan is: the services someone uses and where they live. Never progress. */
export type PlanSelection = { platforms: string[]; region: Region | null };

const platformSlugSchema = z.string().check(z.maxLength(120), z.regex(GUIDE_SLUG_PATTERN));
const platformListSchema = z.array(platformSlugSchema).check(z.maxLength(MAX_PLAN_PLATFORMS));
const regionSchema = z.nullable(z.enum(REGIONS));

export const EMPTY_PLAN: PlanSelection = { platforms: [], region: null };

function uniqueSlugs(slugs: readonly string[]): string[] {
  return [...new Set(slugs)];
}

/** Accepts anything (stored JSON, a fetched body) and keeps only what is valid; per field, so the browser avoids z.object. */
export function sanitizePlanSelection(raw: unknown): PlanSelection {
  if (typeof raw !== "object" || raw === null) return EMPTY_PLAN;
  const { platforms, region } = raw as { platforms?: unknown; region?: unknown };
  const parsedPlatforms = platformListSchema.safeParse(platforms);
  const parsedRegion = regionSchema.safeParse(region ?? null);
  return { platforms: parsedPlatforms.success ? uniqueSlugs(parsedPlatforms.data) : [], region: parsedRegion.success ? parsedRegion.data : null };
}

/**
 * The selection a shared link carries (`/plan?platforms=linkedin,openai&region=eea`), or
 * undefined when the URL carries none. Unknown-looking values are dropped, not fatal.
 */
export function parsePlanQuery(params: URLSearchParams): PlanSelection | undefined {
  if (!params.has("platforms") && !params.has("region")) return undefined;
  const slugs = (params.get("platforms") ?? "").split(",").map((slug) => slug.trim()).filter((slug) => platformSlugSchema.safeParse(slug).success);
  const region = z.enum(REGIONS).safeParse(params.get("region"));
  return { platforms: uniqueSlugs(slugs).slice(0, MAX_PLAN_PLATFORMS), region: region.success ? region.data : null };
}

/** The shareable query for a selection: the selection only, never progress. */
export function planQuery(selection: PlanSelection): string {
  const parts: string[] = [];
  if (selection.platforms.length > 0) parts.push(`platforms=${selection.platforms.map(encodeURIComponent).join(",")}`);
  if (selection.region) parts.push(`region=${selection.region}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

export function samePlan(a: PlanSelection, b: PlanSelection): boolean {
  return a.region === b.region && a.platforms.length === b.platforms.length && a.platforms.every((slug) => b.platforms.includes(slug));
}
