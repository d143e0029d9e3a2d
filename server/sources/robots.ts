import "server-only";
import robotsParser from "robots-parser";
import { politeGet, type FetchPolicy } from "@/server/sources/http-fetch";

export const ROBOTS_TOKEN = "OffSwitch";

export type RobotsRules = { isAllowed(url: string): boolean; crawlDelayMs?: number; note?: string };

/**
 * robots.txt for one origin, read once per cycle (docs/decisions/0012-source-fetch-policy.md):
 * absent (4xx) allows everything; unreachable or 5xx disallows everything for this cycle, as
 * RFC 9309 asks; otherwise the rules for "OffSwitch" (or "*") apply, with any Crawl-delay.
 */
export async function readRobots(origin: string, policy: FetchPolicy): Promise<RobotsRules> {
  const url = new URL("/robots.txt", origin).toString();
  const result = await politeGet(url, { ...policy, maxBytes: Math.min(policy.maxBytes, 512 * 1024) });
  if (result.kind === "failed") {
    if (result.status !== undefined && result.status >= 400 && result.status < 500 && result.status !== 429) return { isAllowed: () => true };
    return { isAllowed: () => false, note: `robots.txt unavailable (${result.why})` };
  }
  if (result.kind === "not-modified") return { isAllowed: () => true };
  const robots = robotsParser(url, result.body);
  const delay = robots.getCrawlDelay(ROBOTS_TOKEN);
  return { isAllowed: (target) => robots.isAllowed(target, ROBOTS_TOKEN) !== false, crawlDelayMs: delay ? Math.min(delay, 60) * 1000 : undefined };
}
