import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { changeFeedAlternates, mergeFeedAlternates } from "@/lib/content/change-paths";
import { pageParamsSchema, platformParamsSchema } from "@/lib/content/change-route-params";
import { changeListingMetadata, changeRouteParams, findChangeListing, laterPageParams } from "@/server/content/change-listing";
import { ChangeListView } from "@/components/feed/change-list-view";

type Props = { params: Promise<{ platform: string; page: string }> };

/** Pages 2 and on of /changes/platform/[platform], all prerendered; any other is a 404. */
export const dynamicParams = false;

export async function generateStaticParams() {
  return laterPageParams((await changeRouteParams()).platforms.map((platform) => ({ filter: { kind: "platform" as const, slug: platform }, params: { platform } })));
}

async function findListing(params: Props["params"]) {
  const raw = await params;
  const parsed = platformParamsSchema.safeParse(raw);
  const page = pageParamsSchema.safeParse(raw);
  return parsed.success && page.success ? findChangeListing({ kind: "platform", slug: parsed.data.platform } as const, page.data.page) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findListing(params);
  return found ? changeListingMetadata(found, mergeFeedAlternates(changeFeedAlternates(found.filter, `${found.listing.current.label} changes`), changeFeedAlternates({ kind: "all" }, "All OffSwitch changes"))) : {};
}

export default async function PlatformChangesLaterPage({ params }: Props) {
  const found = await findListing(params);
  if (!found) notFound();
  return <ChangeListView listing={found.listing} filter={found.filter} feed={{ scope: found.filter, label: `${found.listing.current.label} changes` }} />;
}
