import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { changeFeedAlternates, mergeFeedAlternates } from "@/lib/content/change-paths";
import { platformParamsSchema } from "@/lib/content/change-route-params";
import { changeListingMetadata, changeRouteParams, findChangeListing } from "@/server/content/change-listing";
import { ChangeListView } from "@/components/feed/change-list-view";

type PlatformChangesProps = { params: Promise<{ platform: string }> };

/** Every platform's page is prerendered; any other slug is a 404. */
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await changeRouteParams()).platforms.map((platform) => ({ platform }));
}

async function findListing(params: PlatformChangesProps["params"]) {
  const parsed = platformParamsSchema.safeParse(await params);
  return findChangeListing(parsed.success ? ({ kind: "platform", slug: parsed.data.platform } as const) : undefined);
}

export async function generateMetadata({ params }: PlatformChangesProps): Promise<Metadata> {
  const found = await findListing(params);
  if (!found) return {};
  return changeListingMetadata(found, mergeFeedAlternates(changeFeedAlternates(found.filter, `${found.listing.current.label} changes`), changeFeedAlternates({ kind: "all" }, "All OffSwitch changes")));
}

export default async function PlatformChangesPage({ params }: PlatformChangesProps) {
  const found = await findListing(params);
  if (!found) notFound();
  return <ChangeListView listing={found.listing} filter={found.filter} feed={{ scope: found.filter, label: `${found.listing.current.label} changes` }} />;
}
