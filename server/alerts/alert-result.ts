import "server-only";
import { alertResultQuerySchema } from "@/lib/alerts/subscribe-form";
import type { AlertResultTarget } from "@/lib/alerts/alert-result";
import { alertTargetLabel } from "@/server/alerts/alert-targets";

export async function alertResultTarget(searchParams: Record<string, string | string[] | undefined>): Promise<AlertResultTarget | undefined> {
  const { scope, scopeSlug, cadence } = alertResultQuerySchema.parse(searchParams);
  if (!scope) return undefined;
  if (scope === "all") return { what: "every settings change", href: "/changes", backLabel: "See recent settings changes", cadence };
  const name = await alertTargetLabel(scope, scopeSlug);
  if (!name || !scopeSlug) return undefined;
  return scope === "guide"
    ? { what: `changes to the guide “${name}”`, href: `/guides/${scopeSlug}`, backLabel: `Back to the guide “${name}”`, cadence }
    : { what: `changes on ${name}`, href: `/platforms/${scopeSlug}`, backLabel: `Back to ${name}`, cadence };
}
