import { Rss } from "lucide-react";
import { changeFeedPath, FEED_FORMAT_NAMES, FEED_FORMATS, FEED_MEDIA_TYPES, type ChangeFeedScope } from "@/lib/content/change-paths";

/** Visible subscribe links; the same feeds are advertised in the page head for feed readers. */
export function FeedLinks({ scope, label }: { scope: ChangeFeedScope; label: string }) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <Rss aria-hidden="true" className="size-4 text-accent" />
      <span className="font-semibold">Subscribe to {label}:</span>
      {FEED_FORMATS.map((format) => (
        // Plain links: a feed is a document to download or hand to a reader, not a page to route to.
        <a key={format} href={changeFeedPath(scope, format)} type={FEED_MEDIA_TYPES[format]} className="text-accent underline">
          {FEED_FORMAT_NAMES[format]}
        </a>
      ))}
    </p>
  );
}
