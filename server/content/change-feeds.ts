import "server-only";
import { Feed } from "feed";
import { changeFeedParts, toJsonFeed11 } from "@/lib/content/change-feed";
import { FEED_MEDIA_TYPES, type ChangeFeedScope, type FeedFormat } from "@/lib/content/change-paths";
import { changeCatalogue, changeListing } from "@/server/content/change-listing";
import { env } from "@/server/env";

/** One feed of change entries in one format, or undefined for a platform or guide that does not exist. */
export async function buildChangeFeed(scope: ChangeFeedScope, format: FeedFormat): Promise<string | undefined> {
  const [listing, { guides, htmlById }] = await Promise.all([changeListing(scope), changeCatalogue()]);
  if (!listing) return undefined;
  // An empty feed is as old as the newest check of the guides it covers, never the build time.
  const covered = guides.filter((guide) => scope.kind === "all" || (scope.kind === "platform" ? guide.platform === scope.slug : guide.slug === scope.slug));
  const emptyUpdated = covered.reduce((latest, guide) => (guide.lastVerified > latest ? guide.lastVerified : latest), "1970-01-01");

  const { options, items } = changeFeedParts(
    {
      siteUrl: env.SITE_URL,
      scope,
      title: `OffSwitch: ${listing.description.heading}`,
      description: listing.description.description,
      changes: listing.changes,
      bodyHtml: htmlById,
      emptyUpdated,
    },
    format,
  );
  const feed = new Feed(options);
  for (const item of items) feed.addItem(item);
  return format === "atom" ? feed.atom1() : format === "rss" ? feed.rss2() : toJsonFeed11(feed.json1());
}

/** The route handlers' whole job: the feed with its media type, or a plain 404. */
export async function changeFeedResponse(scope: ChangeFeedScope, format: FeedFormat): Promise<Response> {
  const body = await buildChangeFeed(scope, format);
  if (body === undefined) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(body, { headers: { "content-type": `${FEED_MEDIA_TYPES[format]}; charset=utf-8` } });
}
