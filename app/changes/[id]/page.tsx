import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { changeFeedAlternates, guideFeedAlternates, mergeFeedAlternates } from "@/lib/content/change-paths";
import { changeIdParamsSchema } from "@/lib/content/change-route-params";
import { changeEntry, changeRouteParams } from "@/server/content/change-listing";
import { ChangeArticle } from "@/components/feed/change-article";

type ChangePageProps = { params: Promise<{ id: string }> };

/** Every entry is prerendered; any other id is a 404. */
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await changeRouteParams()).ids.map((id) => ({ id }));
}

async function findEntry(params: ChangePageProps["params"]) {
  const parsed = changeIdParamsSchema.safeParse(await params);
  return parsed.success ? changeEntry(parsed.data.id) : undefined;
}

export async function generateMetadata({ params }: ChangePageProps): Promise<Metadata> {
  const entry = await findEntry(params);
  if (!entry) return {};
  const { change } = entry;
  return {
    title: change.title,
    description: change.summary,
    alternates: {
      canonical: `/changes/${change.id}`,
      types: mergeFeedAlternates(guideFeedAlternates(change.guide.slug), changeFeedAlternates({ kind: "all" }, "All OffSwitch changes")),
    },
  };
}

export default async function ChangePage({ params }: ChangePageProps) {
  const entry = await findEntry(params);
  if (!entry) notFound();
  return <ChangeArticle change={entry.change} code={entry.code} />;
}
