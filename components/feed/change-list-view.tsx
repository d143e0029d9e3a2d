import Link from "next/link";
import { changeFilterPath, type ChangeFeedScope, type ChangeFilter } from "@/lib/content/change-paths";
import { CHANGES_PER_PAGE, groupByMonth, type ChangeListing } from "@/lib/content/change-views";
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

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const monthName = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));

/**
 * /changes and each filtered page, one page of entries at a time: heading, the folded filters,
 * the entries grouped by month, the pages, and then the ways to follow (feeds, email alerts), so
 * a phone opens on the news rather than on controls.
 */
export function ChangeListView({ listing, filter, feed }: ChangeListViewProps) {
  const { changes, options, description, page, current } = listing;
  const total = current.count;
  const first = (page.number - 1) * CHANGES_PER_PAGE + 1;
  return (
    <div className="space-y-5">
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
      </div>
      <ChangeFilterNav options={options} current={filter} currentLabel={current.label} />
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
          <p className="text-sm text-muted">
            {total === 1 ? "1 change" : `${total} changes`}, newest first
            {page.count > 1 ? ` · showing ${first}–${first + changes.length - 1}, page ${page.number} of ${page.count}` : null}
          </p>
          {groupByMonth(changes).map((group) => (
            <section key={group.month} aria-labelledby={`month-${group.month}`} className="space-y-3">
              <h2 id={`month-${group.month}`} className="text-sm font-semibold tracking-wide text-muted uppercase">
                {monthName(group.month)}
              </h2>
              <ol className="space-y-4" aria-label={`Changes in ${monthName(group.month)}`}>
                {group.items.map((change) => (
                  <li key={change.id}>
                    <ChangeCard change={change} headingLevel={3} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
          <Pagination filter={filter} number={page.number} count={page.count} />
        </>
      )}
      <div className="space-y-4 border-t border-line pt-5">
        <FeedLinks scope={feed.scope} label={feed.label} />
        <ChangeListSubscribe filter={filter} label={current.label} />
      </div>
    </div>
  );
}

/** Previous, numbered and next pages as plain links; nothing when everything fits on one page. */
function Pagination({ filter, number, count }: { filter: ChangeFilter; number: number; count: number }) {
  if (count <= 1) return null;
  const link = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border border-line px-3 no-underline hover:bg-accent-soft";
  return (
    <nav aria-label="Pages of changes" data-print="hide">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {number > 1 ? (
          <li>
            <Link href={changeFilterPath(filter, number - 1)} rel="prev" className={link}>
              Newer
            </Link>
          </li>
        ) : null}
        {Array.from({ length: count }, (_, index) => index + 1).map((each) => (
          <li key={each}>
            {each === number ? (
              <span aria-current="page" className={`${link} border-accent bg-accent font-semibold text-on-accent`}>
                <span className="sr-only">Page </span>
                {each}
              </span>
            ) : (
              <Link href={changeFilterPath(filter, each)} className={link}>
                <span className="sr-only">Page </span>
                {each}
              </Link>
            )}
          </li>
        ))}
        {number < count ? (
          <li>
            <Link href={changeFilterPath(filter, number + 1)} rel="next" className={link}>
              Older
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
