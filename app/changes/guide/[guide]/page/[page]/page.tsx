import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { changeFeedAlternates, guideFeedAlternates, mergeFeedAlternates } from "@/lib/content/change-paths";
import { pageParamsSchema, guideParamsSchema } from "@/lib/content/change-route-params";
import { changeListingMetadata, changeRouteParams, findChangeListing, laterPageParams } from "@/server/content/change-listing";
import { ChangeListView } from "@/components/feed/change-list-view";

type Props = { params: Promise<{ guide: string; page: string }> };

/** Pages 2 and on of /changes/guide/[guide], all prerendered; any other is a 404. */
export const dynamicParams = false;

export async function generateStaticParams() {
  return laterPageParams((await changeRouteParams()).guides.map((guide) => ({ filter: { kind: "guide" as const, slug: guide }, params: { guide } })));
}

async function findListing(params: Props["params"]) {
  const raw = await params;
  const parsed = guideParamsSchema.safeParse(raw);
  const page = pageParamsSchema.safeParse(raw);
  return parsed.success && page.success ? findChangeListing({ kind: "guide", slug: parsed.data.guide } as const, page.data.page) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findListing(params);
  return found ? changeListingMetadata(found, mergeFeedAlternates(guideFeedAlternates(found.filter.slug), changeFeedAlternates({ kind: "all" }, "All OffSwitch changes"))) : {};
}

export default async function GuideChangesLaterPage({ params }: Props) {
  const found = await findListing(params);
  if (!found) notFound();
  return <ChangeListView listing={found.listing} filter={found.filter} feed={{ scope: found.filter, label: "changes to this guide" }} />;
}
