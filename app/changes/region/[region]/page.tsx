import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CHANGE_FILTER_REGIONS } from "@/lib/content/change-views";
import { changeFeedAlternates } from "@/lib/content/change-paths";
import { regionParamsSchema } from "@/lib/content/change-route-params";
import { changeListingMetadata, findChangeListing } from "@/server/content/change-listing";
import { ChangeListView } from "@/components/feed/change-list-view";

type Props = { params: Promise<{ region: string }> };

/** Every region has its page, with or without entries; any other is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return CHANGE_FILTER_REGIONS.map((region) => ({ region }));
}

async function findListing(params: Props["params"]) {
  const parsed = regionParamsSchema.safeParse(await params);
  return findChangeListing(parsed.success ? ({ kind: "region", region: parsed.data.region } as const) : undefined);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findListing(params);
  // No feed per region: people follow the platforms and guides they use.
  return found ? changeListingMetadata(found, changeFeedAlternates({ kind: "all" }, "All OffSwitch changes")) : {};
}

export default async function RegionChangesPage({ params }: Props) {
  const found = await findListing(params);
  if (!found) notFound();
  return <ChangeListView listing={found.listing} filter={found.filter} feed={{ scope: { kind: "all" }, label: "all changes" }} />;
}
