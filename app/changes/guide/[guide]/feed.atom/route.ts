import { guideParamsSchema } from "@/lib/content/change-route-params";
import { changeFeedResponse } from "@/server/content/change-feeds";
import { changeRouteParams } from "@/server/content/change-listing";

/** One guide's change entries as a feed; prerendered for every guide, any other slug is a 404. */
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await changeRouteParams()).guides.map((guide) => ({ guide }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ guide: string }> }) {
  const parsed = guideParamsSchema.safeParse(await params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  return changeFeedResponse({ kind: "guide", slug: parsed.data.guide }, "atom");
}
