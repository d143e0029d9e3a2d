import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { changeFeedAlternates } from "@/lib/content/change-paths";
import { changeListing } from "@/server/content/change-listing";
import { ChangeListView } from "@/components/feed/change-list-view";

export const metadata: Metadata = {
  title: "Settings changes",
  description: "Every time a platform moves, renames or switches back on a privacy setting our guides cover, newest first, with the steps to re-check.",
  alternates: { canonical: "/changes", types: changeFeedAlternates({ kind: "all" }, "All OffSwitch changes") },
};

export default async function ChangesPage() {
  const listing = await changeListing({ kind: "all" });
  if (!listing) notFound();
  return <ChangeListView listing={listing} filter={{ kind: "all" }} feed={{ scope: { kind: "all" }, label: "all changes" }} />;
}
