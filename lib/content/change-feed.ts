import type { FeedOptions, Item } from "feed";
import { CHANGE_KIND_LABELS, CHANGE_SEVERITY_LABELS } from "@/lib/content/change-constants";
import { absoluteUrl, changeEntryPath, changeFeedPath, changeFilterPath, FEED_FORMATS, type ChangeFeedScope, type FeedFormat } from "@/lib/content/change-paths";
import type { ChangeView } from "@/lib/content/change-views";

export type ChangeFeedInput = {
  /** The public origin (SITE_URL): feeds are read elsewhere, so every URL in them is absolute. */
  siteUrl: string;
  scope: ChangeFeedScope;
  title: string;
  description: string;
  /** The scope's entries, newest first. */
  changes: readonly ChangeView[];
  /** Each entry's body rendered to HTML, by id; an entry without one is described by its fields alone. */
  bodyHtml?: ReadonlyMap<string, string>;
  /** YYYY-MM-DD for `updated` when the scope has no entries yet (never the build time, so builds are reproducible). */
  emptyUpdated: string;
};

export type ChangeFeedParts = { options: FeedOptions; items: Item[] };

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** An entry's date is a calendar day; it counts from the start of that day, UTC, everywhere. */
export const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * Maps change entries to the `feed` package's options and items for one format. The formats
 * differ in what their text fields mean: Atom titles are declared HTML by the library, RSS and
 * JSON Feed titles are plain text, and JSON Feed's `summary` is plain text while RSS and Atom
 * summaries are HTML. Each entry's id is its permanent URL; `updated` is its date.
 */
export function changeFeedParts(input: ChangeFeedInput, format: FeedFormat): ChangeFeedParts {
  const { siteUrl, scope, changes } = input;
  const url = (path: string) => absoluteUrl(siteUrl, path);
  const newest = changes.reduce((latest, change) => (change.date > latest ? change.date : latest), "");
  const options: FeedOptions = {
    id: url(changeFilterPath(scope)),
    title: input.title,
    description: input.description,
    link: url(changeFilterPath(scope)),
    language: "en",
    updated: dayStart(newest || input.emptyUpdated),
    favicon: url("/icon.svg"),
    author: { name: "OffSwitch", link: url("/") },
    feedLinks: Object.fromEntries(FEED_FORMATS.map((each) => [each, url(changeFeedPath(scope, each))])),
  };
  const items = changes.map((change): Item => {
    const link = url(changeEntryPath(change.id));
    const date = dayStart(change.date);
    return {
      id: link,
      link,
      title: format === "atom" ? escapeHtml(change.title) : change.title,
      date,
      published: date,
      description: format === "json" ? change.summary : `<p>${escapeHtml(change.summary)}</p>`,
      content: changeContentHtml(change, siteUrl),
      category: [
        { name: CHANGE_SEVERITY_LABELS[change.severity], term: change.severity },
        { name: CHANGE_KIND_LABELS[change.kind], term: change.kind },
        { name: change.guide.platformName, term: change.guide.platform },
      ],
    };
  });
  return { options, items };
}

/**
 * An entry as HTML for feed readers: what kind of change, the summary, the steps to re-check and
 * the sources, with a link to the whole entry. The MDX body stays on the entry page: Next.js
 * forbids react-dom/server in route handlers, and the summary is written to stand on its own.
 */
export function changeContentHtml(change: ChangeView, siteUrl: string): string {
  const guideLink = `<a href="${escapeHtml(absoluteUrl(siteUrl, `/guides/${change.guide.slug}`))}">${escapeHtml(change.guide.title)}</a>`;
  const steps =
    change.touchedSteps === "all"
      ? `<p>Touches every step of ${guideLink}.</p>`
      : `<p>Steps touched in ${guideLink}:</p><ul>${change.touchedSteps
          .map((step) => `<li>${escapeHtml(step.title)}${step.inGuide ? "" : " (no longer in the guide)"}</li>`)
          .join("")}</ul>`;
  const sources =
    change.sources.length === 0
      ? ""
      : `<p>Sources:</p><ul>${change.sources
          .map((source) => `<li><a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a> (${escapeHtml(source.publisher)})</li>`)
          .join("")}</ul>`;
  const label = `${CHANGE_SEVERITY_LABELS[change.severity]} · ${CHANGE_KIND_LABELS[change.kind]} · ${change.guide.platformName}`;
  const more = `<p><a href="${escapeHtml(absoluteUrl(siteUrl, changeEntryPath(change.id)))}">Read the whole entry on OffSwitch</a></p>`;
  return `<p><strong>${escapeHtml(label)}</strong></p><p>${escapeHtml(change.summary)}</p>${steps}${sources}${more}`;
}

type JsonFeedAuthor = { name?: string; url?: string; avatar?: string };
type JsonFeedDocument = Record<string, unknown> & { author?: JsonFeedAuthor; items?: (Record<string, unknown> & { author?: JsonFeedAuthor })[] };

/**
 * `feed` 6 writes JSON Feed 1.0 (`version: …/1`, a single `author`). Version 1.1 replaces
 * `author` with an `authors` array and adds `language`; everything else carries over unchanged.
 */
export function toJsonFeed11(json10: string, language = "en"): string {
  const { version: _version, author, items = [], ...rest } = JSON.parse(json10) as JsonFeedDocument;
  const document = {
    version: "https://jsonfeed.org/version/1.1",
    ...rest,
    language,
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ author: itemAuthor, ...item }) => ({ ...item, ...(itemAuthor ? { authors: [itemAuthor] } : {}) })),
  };
  return JSON.stringify(document, null, 2);
}
