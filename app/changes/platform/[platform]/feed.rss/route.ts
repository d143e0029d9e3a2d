import { scopedFeedRoute } from "@/server/content/change-feed-routes";

/** One platform's change entries as a feed (rss); prerendered for every platform, any other slug is a 404. */
export const dynamic = "force-static";
export const dynamicParams = false;

export const { generateStaticParams, GET } = scopedFeedRoute("platform", "rss");
