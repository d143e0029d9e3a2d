import "server-only";
import type { AlertScope } from "@/lib/alerts/subscribe-form";
import { getGuide, getPlatform } from "@/server/content/guides";

/** What a subscribe form is about, in words ("the guide “…”", "LinkedIn"), or undefined for an unknown guide or platform. */
export async function alertTargetLabel(scope: AlertScope, scopeSlug: string | undefined): Promise<string | undefined> {
  if (scope === "all") return "anything";
  if (!scopeSlug) return undefined;
  if (scope === "guide") {
    const guide = await getGuide(scopeSlug);
    return guide && `the guide “${guide.title}”`;
  }
  return (await getPlatform(scopeSlug))?.name;
}
