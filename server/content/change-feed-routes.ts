import "server-only";
import type { FeedFormat } from "@/lib/content/change-paths";
import { guideParamsSchema, platformParamsSchema } from "@/lib/content/change-route-params";
import { changeFeedResponse } from "@/server/content/change-feeds";
import { changeRouteParams } from "@/server/content/change-listing";

type RouteContext = { params: Promise<Record<string, string>> };

/**
 * The static-params and GET handlers of one scoped feed route (a guide's or a platform's feed in
 * one format). Each route file stays a two-line wiring, since Next needs one file per URL.
 */
export function scopedFeedRoute(scope: "guide" | "platform", format: FeedFormat) {
  const schema = scope === "guide" ? guideParamsSchema : platformParamsSchema;
  return {
    async generateStaticParams() {
      const { guides, platforms } = await changeRouteParams();
      return scope === "guide" ? guides.map((guide) => ({ guide })) : platforms.map((platform) => ({ platform }));
    },
    async GET(_request: Request, { params }: RouteContext) {
      const parsed = schema.safeParse(await params);
      if (!parsed.success) return new Response("Not found", { status: 404 });
      const slug = "guide" in parsed.data ? parsed.data.guide : parsed.data.platform;
      return changeFeedResponse({ kind: scope, slug }, format);
    },
  };
}
