import type { Device } from "@/lib/content/content-constants";

/**
 * The device a browser most likely is, among the ones a guide has instructions for: iPhone and
 * iPad go to "ios", Android to "android", anything else to "web" (else the guide's first device).
 * Kept as one small dependency-free function: device-scope-script.ts inlines its source.
 */
export function guessDevice(userAgent: string, variants: readonly string[]): string | null {
  const ua = userAgent.toLowerCase();
  const wanted = /iphone|ipad|ipod/.test(ua) ? "ios" : ua.includes("android") ? "android" : "web";
  if (variants.indexOf(wanted) >= 0) return wanted;
  return variants.length > 0 ? variants[0]! : null;
}

/** Where the browser remembers the person's device choice, for every guide. */
export const DEVICE_STORAGE_KEY = "offswitch.device.v1";

export type DeviceChoice = Device | "all";
