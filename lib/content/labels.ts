import type { Category, Device, Difficulty, Region } from "@/lib/content/content-constants";

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

export function formatMinutes(minutes: number): string {
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
