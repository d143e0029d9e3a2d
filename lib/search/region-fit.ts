import type { Place, Region } from "@/lib/content/content-constants";
import { PLACE_IN_SENTENCE, REGION_LABELS } from "@/lib/content/labels";

/**
 * Region filtering that narrows without hiding: a guide that does not apply where the person lives
 * is set apart with the reason, never dropped. Shared by the plan and the guide library.
 */

/** A guide applies in a place when it lists that region or applies worldwide ("elsewhere" gets worldwide guides only). */
export function appliesIn(regions: readonly Region[], place: Place): boolean {
  return regions.includes("worldwide") || (place !== "elsewhere" && regions.includes(place));
}

/** The guides that apply in `place` and the ones that do not, each in the given order; no place means every guide applies. */
export function splitByPlace<T extends { regions: readonly Region[] }>(guides: readonly T[], place: Place | null | undefined): { applies: T[]; outside: T[] } {
  if (place === null || place === undefined) return { applies: [...guides], outside: [] };
  return { applies: guides.filter((guide) => appliesIn(guide.regions, place)), outside: guides.filter((guide) => !appliesIn(guide.regions, place)) };
}

/** "the EU & EEA and the United Kingdom" */
function listRegions(regions: readonly Region[]): string {
  const names = regions.map((region) => (region === "worldwide" ? REGION_LABELS.worldwide : PLACE_IN_SENTENCE[region]));
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * Why a guide is set apart, in one sentence, followed by what the guide says applies elsewhere:
 * "This guide applies in the EU & EEA and the United Kingdom, not in the United States."
 */
export function outsideReason(guide: { regions: readonly Region[]; elsewhere?: string }, place: Place): string {
  const where = place === "elsewhere" ? "not where you live" : `not in ${PLACE_IN_SENTENCE[place]}`;
  const reason = `This guide applies in ${listRegions(guide.regions)}, ${where}.`;
  return guide.elsewhere ? `${reason} ${guide.elsewhere}` : reason;
}
