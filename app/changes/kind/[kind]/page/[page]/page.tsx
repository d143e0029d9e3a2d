import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CHANGE_KINDS } from "@/lib/content/change-constants";
import { changeFeedAlternates } from "@/lib/content/change-paths";
import { pageParamsSchema, changeKindParamsSchema } from "@/lib/content/change-route-params";
import { changeListingMetadata, findChangeListing, laterPageParams } from "@/server/content/change-listing";
import { ChangeListView } from "@/components/feed/change-list-view";

type Props = { params: Promise<{ kind: string; page: string }> };

/** Pages 2 and on of /changes/kind/[kind], all prerendered; any other is a 404. */
export const dynamicParams = false;

export async function generateStaticParams() {
  return laterPageParams(CHANGE_KINDS.map((kind) => ({ filter: { kind: "change-kind" as const, changeKind: kind }, params: { kind } })));
}

async function findListing(params: Props["params"]) {
  const raw = await params;
  const parsed = changeKindParamsSchema.safeParse(raw);
  const page = pageParamsSchema.safeParse(raw);
  return parsed.success && page.success ? findChangeListing({ kind: "change-kind", changeKind: parsed.data.kind } as const, page.data.page) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findListing(params);
  return found ? changeListingMetadata(found, changeFeedAlternates({ kind: "all" }, "All OffSwitch changes")) : {};
}

export default async function KindChangesLaterPage({ params }: Props) {
  const found = await findListing(params);
  if (!found) notFound();
  return <ChangeListView listing={found.listing} filter={found.filter} feed={{ scope: { kind: "all" }, label: "all changes" }} />;
}
