import "server-only";
import type { AlertScope } from "@/lib/alerts/subscribe-form";
import { getGuide, getPlatform } from "@/server/content/guides";

/** The name of what a subscription is about (a guide's title, a platform's name, "anything"), or undefined for an unknown guide or platform. */
export async function alertTargetLabel(scope: AlertScope, scopeSlug: string | undefined): Promise<string | undefined> {
  if (scope === "all") return "anything";
  if (!scopeSlug) return undefined;
  if (scope === "guide") {
    const guide = await getGuide(scopeSlug);
    return guide?.title;
  }
  return (await getPlatform(scopeSlug))?.name;
}
