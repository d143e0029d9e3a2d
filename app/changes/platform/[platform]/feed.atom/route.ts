import { platformParamsSchema } from "@/lib/content/change-route-params";
import { changeFeedResponse } from "@/server/content/change-feeds";
import { changeRouteParams } from "@/server/content/change-listing";

/** One platform's change entries as a feed; prerendered for every platform, any other slug is a 404. */
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await changeRouteParams()).platforms.map((platform) => ({ platform }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ platform: string }> }) {
  const parsed = platformParamsSchema.safeParse(await params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  return changeFeedResponse({ kind: "platform", slug: parsed.data.platform }, "atom");
}
