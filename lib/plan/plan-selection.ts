// Plain guards rather than zod: this runs in the browser (see lib/search/guide-filters.ts);
// plan-selection.test.ts holds them to planSelectionSchema, the server's zod schema for a plan.
import { PLACES, isSlug, oneOf, type Place } from "@/lib/content/content-constants";

export const MAX_PLAN_PLATFORMS = 100;

/** What a plan is: the services someone uses and where they live. Never progress. */
export type PlanSelection = { platforms: string[]; region: Place | null };

/** Like the schema's array: all or nothing, so a list with one bad entry is not half kept. */
function platformList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.length <= MAX_PLAN_PLATFORMS && value.every(isSlug) ? value : undefined;
}

export const EMPTY_PLAN: PlanSelection = { platforms: [], region: null };

function uniqueSlugs(slugs: readonly string[]): string[] {
  return [...new Set(slugs)];
}

/** Accepts anything (stored JSON, a fetched body) and keeps only what is valid, field by field. */
export function sanitizePlanSelection(raw: unknown): PlanSelection {
  if (typeof raw !== "object" || raw === null) return EMPTY_PLAN;
  const { platforms, region } = raw as { platforms?: unknown; region?: unknown };
  return { platforms: uniqueSlugs(platformList(platforms) ?? []), region: oneOf(PLACES, region) ?? null };
}

/**
 * The selection a shared link carries (`/plan?platforms=linkedin,openai&region=eea`), or
 * undefined when the URL carries none. Unknown-looking values are dropped, not fatal.
 */
export function parsePlanQuery(params: URLSearchParams): PlanSelection | undefined {
  if (!params.has("platforms") && !params.has("region")) return undefined;
  const slugs = (params.get("platforms") ?? "").split(",").map((slug) => slug.trim()).filter(isSlug);
  return { platforms: uniqueSlugs(slugs).slice(0, MAX_PLAN_PLATFORMS), region: oneOf(PLACES, params.get("region")) ?? null };
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

/**
 * "All platforms" in the plan means every platform: ticking it picks every one (the cross-platform
 * review habit included), unticking it clears the list.
 */
export function withEveryPlatform(selection: PlanSelection, allSlugs: readonly string[], on: boolean): PlanSelection {
  return { ...selection, platforms: on ? uniqueSlugs([...selection.platforms, ...allSlugs]).slice(0, MAX_PLAN_PLATFORMS) : [] };
}

/** Whether every platform offered is picked: "all", "some" or "none" (the box's checked or mixed state). */
export function pickedShare(selection: PlanSelection, allSlugs: readonly string[]): "all" | "some" | "none" {
  const picked = allSlugs.filter((slug) => selection.platforms.includes(slug)).length;
  return picked === 0 ? "none" : picked === allSlugs.length ? "all" : "some";
}
