/**
 * Closed sets and id patterns shared by the frontmatter schema, the MDX components, the UI labels
 * and browser code. Kept free of zod so importing them costs the browser bundle nothing.
 */
export const DEVICES = ["web", "ios", "android", "desktop"] as const;
export const DIFFICULTIES = ["easy", "moderate", "involved"] as const;
export const CATEGORIES = ["ai-training", "data-sharing", "advertising", "visibility", "privacy-habits"] as const;
export const REGIONS = ["worldwide", "eea", "uk", "ch", "us", "ca"] as const;
/**
 * Where a person can say they live (the plan, the guide library's region filter): a region a guide
 * can name, or "elsewhere" for everyone outside them. Only worldwide guides apply "elsewhere";
 * guides never list it, so it is not in REGIONS.
 */
export const PLACES = [...REGIONS, "elsewhere"] as const;
/** Whether a person can actually switch the thing off: some guides exist to say plainly that they cannot. */
export const OPT_OUT_STATUSES = ["available", "none", "removed"] as const;

export type Device = (typeof DEVICES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Region = (typeof REGIONS)[number];
export type Place = (typeof PLACES)[number];
export type OptOutStatus = (typeof OPT_OUT_STATUSES)[number];

/** The platform entry of cross-platform habits ("All platforms" in platforms.json): not a platform, a routine for every one. */
export const CROSS_PLATFORM = "all-platforms";

/** Step ids are permanent identities for people's progress: lowercase kebab-case, never derived from titles. */
export const STEP_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const GUIDE_SLUG_PATTERN = STEP_ID_PATTERN;

/**
 * Checks for browser code, which does not ship zod (see lib/progress/progress-guards.ts); tests
 * hold each use to the zod schema of the same rule.
 */
export const MAX_SLUG_LENGTH = 120;

/** A guide or platform slug: kebab-case, at most 120 characters. */
export function isSlug(value: unknown): value is string {
  return typeof value === "string" && value.length <= MAX_SLUG_LENGTH && GUIDE_SLUG_PATTERN.test(value);
}

/** `value` when it is one of `allowed`, else undefined. */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
