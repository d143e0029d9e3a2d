import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { changeFeedAlternates, guideFeedAlternates, mergeFeedAlternates } from "@/lib/content/change-paths";
import { guideParamsSchema } from "@/lib/content/change-route-params";
import { changeListingMetadata, changeRouteParams, findChangeListing } from "@/server/content/change-listing";
import { ChangeListView } from "@/components/feed/change-list-view";

type GuideChangesProps = { params: Promise<{ guide: string }> };

/** Every guide's page is prerendered, with or without changes; any other slug is a 404. */
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await changeRouteParams()).guides.map((guide) => ({ guide }));
}

async function findListing(params: GuideChangesProps["params"]) {
  const parsed = guideParamsSchema.safeParse(await params);
  return findChangeListing(parsed.success ? ({ kind: "guide", slug: parsed.data.guide } as const) : undefined);
}

export async function generateMetadata({ params }: GuideChangesProps): Promise<Metadata> {
  const found = await findListing(params);
  return found ? changeListingMetadata(found, mergeFeedAlternates(guideFeedAlternates(found.filter.slug), changeFeedAlternates({ kind: "all" }, "All OffSwitch changes"))) : {};
}

export default async function GuideChangesPage({ params }: GuideChangesProps) {
  const found = await findListing(params);
  if (!found) notFound();
  return <ChangeListView listing={found.listing} filter={found.filter} feed={{ scope: found.filter, label: "changes to this guide" }} />;
}
