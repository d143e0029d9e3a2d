import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CHANGE_SEVERITIES } from "@/lib/content/change-constants";
import { changeFeedAlternates } from "@/lib/content/change-paths";
import { severityParamsSchema } from "@/lib/content/change-route-params";
import { changeListingMetadata, findChangeListing } from "@/server/content/change-listing";
import { ChangeListView } from "@/components/feed/change-list-view";

type SeverityChangesProps = { params: Promise<{ severity: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return CHANGE_SEVERITIES.map((severity) => ({ severity }));
}

async function findListing(params: SeverityChangesProps["params"]) {
  const parsed = severityParamsSchema.safeParse(await params);
  return findChangeListing(parsed.success ? ({ kind: "severity", severity: parsed.data.severity } as const) : undefined);
}

export async function generateMetadata({ params }: SeverityChangesProps): Promise<Metadata> {
  const found = await findListing(params);
  // No feed per severity: people follow what they use, and "action needed" is decided per step anyway.
  return found ? changeListingMetadata(found, changeFeedAlternates({ kind: "all" }, "All OffSwitch changes")) : {};
}

export default async function SeverityChangesPage({ params }: SeverityChangesProps) {
  const found = await findListing(params);
  if (!found) notFound();
  return <ChangeListView listing={found.listing} filter={found.filter} feed={{ scope: { kind: "all" }, label: "all changes" }} />;
}
