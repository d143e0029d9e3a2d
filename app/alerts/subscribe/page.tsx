import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CADENCES, SCOPES, subscribeErrorCodeSchema, subscribeHeading } from "@/lib/alerts/subscribe-form";
import { alertTargetLabel } from "@/server/alerts/alert-targets";
import { SubscribeForm } from "@/components/alerts/subscribe-form";

export const metadata: Metadata = { title: "Email alerts", robots: { index: false } };
export const dynamic = "force-dynamic";

const searchParamsSchema = z.object({
  scope: z.enum(SCOPES).catch("all"),
  scopeSlug: z.string().max(100).optional().catch(undefined),
  cadence: z.enum(CADENCES).optional().catch(undefined),
  error: subscribeErrorCodeSchema.optional().catch(undefined),
});

/** The subscribe form on its own page: where a form post without JavaScript comes back to with its error. */
export default async function SubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { scope, scopeSlug, cadence, error } = searchParamsSchema.parse(await searchParams);
  const name = await alertTargetLabel(scope, scopeSlug);
  if (!name) notFound();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <SubscribeForm scope={scope} scopeSlug={scope === "all" ? undefined : scopeSlug} heading={subscribeHeading(scope, name)} cadence={cadence} error={error} headingLevel={1} />
      <p className="text-sm text-muted">We only use your address for these alerts. Every email has a one-click unsubscribe link.</p>
    </div>
  );
}
