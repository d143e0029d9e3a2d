import type { Category, Device, Difficulty, OptOutStatus, Place, Region } from "@/lib/content/content-constants";

export const DEVICE_LABELS: Record<Device, string> = {
  web: "Web browser",
  ios: "iPhone & iPad app",
  android: "Android app",
  desktop: "Desktop app",
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  easy: "Easy",
  moderate: "Moderate",
  involved: "Involved",
};

export const CATEGORY_LABELS: Record<Category, string> = {
  "ai-training": "AI training",
  "data-sharing": "Data sharing",
  advertising: "Advertising",
  visibility: "Visibility",
  "privacy-habits": "Privacy habits",
};

export const REGION_LABELS: Record<Region, string> = {
  worldwide: "Worldwide",
  eea: "EU & EEA",
  uk: "United Kingdom",
  ch: "Switzerland",
  us: "United States",
  ca: "Canada",
};

/** Where someone lives, as the plan and the region filter offer it. */
export const PLACE_LABELS: Record<Place, string> = { ...REGION_LABELS, elsewhere: "Somewhere else" };

/** "the United States", "the EU & EEA": region names as they read inside a sentence. */
export const PLACE_IN_SENTENCE: Record<Place, string> = {
  worldwide: "every region",
  eea: "the EU & EEA",
  uk: "the United Kingdom",
  ch: "Switzerland",
  us: "the United States",
  ca: "Canada",
  elsewhere: "your region",
};

/** Shown at the top of guides and on cards; "available" is the normal case and shows nothing. */
export const OPT_OUT_NOTICES: Record<Exclude<OptOutStatus, "available">, string> = {
  none: "There is no opt-out for this",
  removed: "This setting was removed",
};

export function formatMinutes(minutes: number): string {
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
