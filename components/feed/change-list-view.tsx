import Link from "next/link";
import type { ChangeFeedScope, ChangeFilter } from "@/lib/content/change-paths";
import type { ChangeListing } from "@/lib/content/change-views";
import { ChangeCard } from "@/components/feed/change-card";
import { ChangeFilterNav } from "@/components/feed/change-filter-nav";
import { FeedLinks } from "@/components/feed/feed-links";
import { ChangeListSubscribe } from "@/components/alerts/change-list-subscribe";

type ChangeListViewProps = {
  listing: ChangeListing;
  filter: ChangeFilter;
  /** The feeds this page offers: its own, or the site-wide one where there is no narrower feed. */
  feed: { scope: ChangeFeedScope; label: string };
};

/** /changes and each filtered page: heading, subscribe links, filters, then the entries or an empty state. */
export function ChangeListView({ listing, filter, feed }: ChangeListViewProps) {
  const { changes, options, description } = listing;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        {filter.kind === "all" ? null : (
          <p className="text-sm" data-print="hide">
            <Link href="/changes" className="text-accent underline">
              All changes
            </Link>
          </p>
        )}
        <h1 className="text-3xl font-bold tracking-tight text-balance">{description.heading}</h1>
        <p className="max-w-2xl text-muted">{description.description}</p>
        <FeedLinks scope={feed.scope} label={feed.label} />
      </div>
      <ChangeFilterNav options={options} current={filter} />
      <ChangeListSubscribe filter={filter} label={listing.current.label} />
      {changes.length === 0 ? (
        <div className="space-y-2 rounded-xl border border-dashed border-line bg-surface p-6">
          <p className="font-semibold">{description.empty}</p>
          <p className="text-muted">When a platform moves, renames or switches back on a setting our guides cover, the change shows up here.</p>
          {filter.kind === "all" ? null : (
            <p>
              <Link href="/changes" className="text-accent underline">
                See all changes
              </Link>
            </p>
          )}
        </div>
      ) : (
        <>
          <p className="text-sm text-muted">{changes.length === 1 ? "1 change" : `${changes.length} changes`}, newest first</p>
          <ol className="space-y-4" aria-label="Changes">
            {changes.map((change) => (
              <li key={change.id}>
                <ChangeCard change={change} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
