import type { ChangeFilter } from "@/lib/content/change-paths";
import { subscribeHeading } from "@/lib/alerts/subscribe-form";
import { SubscribeForm } from "@/components/alerts/subscribe-form";

/** Email alerts matching a change listing: its platform, its guide, or (for everything and severity filters) all changes. */
export function ChangeListSubscribe({ filter, label }: { filter: ChangeFilter; label: string }) {
  if (filter.kind === "platform") return <SubscribeForm scope="platform" scopeSlug={filter.slug} heading={subscribeHeading("platform", label)} />;
  if (filter.kind === "guide") return <SubscribeForm scope="guide" scopeSlug={filter.slug} heading={subscribeHeading("guide")} />;
  return <SubscribeForm scope="all" heading={subscribeHeading("all")} />;
}
