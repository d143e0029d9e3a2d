import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CHANGE_FILTER_REGIONS } from "@/lib/content/change-views";
import { changeFeedAlternates } from "@/lib/content/change-paths";
import { pageParamsSchema, regionParamsSchema } from "@/lib/content/change-route-params";
import { changeListingMetadata, findChangeListing, laterPageParams } from "@/server/content/change-listing";
import { ChangeListView } from "@/components/feed/change-list-view";

type Props = { params: Promise<{ region: string; page: string }> };

/** Pages 2 and on of /changes/region/[region], all prerendered; any other is a 404. */
export const dynamicParams = false;

export async function generateStaticParams() {
  return laterPageParams(CHANGE_FILTER_REGIONS.map((region) => ({ filter: { kind: "region" as const, region }, params: { region } })));
}

async function findListing(params: Props["params"]) {
  const raw = await params;
  const parsed = regionParamsSchema.safeParse(raw);
  const page = pageParamsSchema.safeParse(raw);
  return parsed.success && page.success ? findChangeListing({ kind: "region", region: parsed.data.region } as const, page.data.page) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findListing(params);
  return found ? changeListingMetadata(found, changeFeedAlternates({ kind: "all" }, "All OffSwitch changes")) : {};
}

export default async function RegionChangesLaterPage({ params }: Props) {
  const found = await findListing(params);
  if (!found) notFound();
  return <ChangeListView listing={found.listing} filter={found.filter} feed={{ scope: { kind: "all" }, label: "all changes" }} />;
}
