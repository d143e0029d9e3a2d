import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { changeFeedAlternates } from "@/lib/content/change-paths";
import { pageParamsSchema } from "@/lib/content/change-route-params";
import { changeListingMetadata, findChangeListing, laterPageParams } from "@/server/content/change-listing";
import { ChangeListView } from "@/components/feed/change-list-view";

type ChangesPageProps = { params: Promise<{ page: string }> };

/** Pages 2 and on of /changes, all prerendered; any other number is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return laterPageParams([{ filter: { kind: "all" }, params: {} }]);
}

async function findListing(params: ChangesPageProps["params"]) {
  const parsed = pageParamsSchema.safeParse(await params);
  return parsed.success ? findChangeListing({ kind: "all" } as const, parsed.data.page) : undefined;
}

export async function generateMetadata({ params }: ChangesPageProps): Promise<Metadata> {
  const found = await findListing(params);
  return found ? changeListingMetadata(found, changeFeedAlternates({ kind: "all" }, "All OffSwitch changes")) : {};
}

export default async function ChangesLaterPage({ params }: ChangesPageProps) {
  const found = await findListing(params);
  if (!found) notFound();
  return <ChangeListView listing={found.listing} filter={found.filter} feed={{ scope: { kind: "all" }, label: "all changes" }} />;
}
