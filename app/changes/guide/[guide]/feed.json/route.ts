import { scopedFeedRoute } from "@/server/content/change-feed-routes";

/** One guide's change entries as a feed (json); prerendered for every guide, any other slug is a 404. */
export const dynamic = "force-static";
export const dynamicParams = false;

export const { generateStaticParams, GET } = scopedFeedRoute("guide", "json");
