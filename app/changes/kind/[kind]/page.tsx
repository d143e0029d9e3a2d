import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CHANGE_KINDS } from "@/lib/content/change-constants";
import { changeFeedAlternates } from "@/lib/content/change-paths";
import { changeKindParamsSchema } from "@/lib/content/change-route-params";
import { changeListingMetadata, findChangeListing } from "@/server/content/change-listing";
import { ChangeListView } from "@/components/feed/change-list-view";

type Props = { params: Promise<{ kind: string }> };

/** Every kind of change has its page, with or without entries; any other is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return CHANGE_KINDS.map((kind) => ({ kind }));
}

async function findListing(params: Props["params"]) {
  const parsed = changeKindParamsSchema.safeParse(await params);
  return findChangeListing(parsed.success ? ({ kind: "change-kind", changeKind: parsed.data.kind } as const) : undefined);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findListing(params);
  // No feed per kind of change: people follow the platforms and guides they use.
  return found ? changeListingMetadata(found, changeFeedAlternates({ kind: "all" }, "All OffSwitch changes")) : {};
}

export default async function KindChangesPage({ params }: Props) {
  const found = await findListing(params);
  if (!found) notFound();
  return <ChangeListView listing={found.listing} filter={found.filter} feed={{ scope: { kind: "all" }, label: "all changes" }} />;
}
