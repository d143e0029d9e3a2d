import type { FeedOptions, Item } from "feed";
import { CHANGE_KIND_LABELS, CHANGE_SEVERITY_LABELS } from "@/lib/content/change-constants";
import { absoluteUrl, changeEntryPath, changeFeedPath, changeFilterPath, FEED_FORMATS, type ChangeFeedScope, type FeedFormat } from "@/lib/content/change-paths";
import type { ChangeView } from "@/lib/content/change-views";
import { REGION_LABELS } from "@/lib/content/labels";

export type ChangeFeedInput = {
  /** The public origin (SITE_URL): feeds are read elsewhere, so every URL in them is absolute. */
  siteUrl: string;
  scope: ChangeFeedScope;
  title: string;
  description: string;
  /** The scope's entries, newest first; the feed carries the first FEED_ITEM_LIMIT. */
  changes: readonly ChangeView[];
  /** Each entry's body rendered to HTML, by id; an entry without one is described by its fields alone. */
  bodyHtml?: ReadonlyMap<string, string>;
  /** YYYY-MM-DD for `updated` when the scope has no entries yet (never the build time, so builds are reproducible). */
  emptyUpdated: string;
};

/** A feed carries the newest entries only; the rest of the history is on the site. */
export const FEED_ITEM_LIMIT = 50;

export type ChangeFeedParts = { options: FeedOptions; items: Item[] };

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** An entry's date is a calendar day; it counts from the start of that day, UTC, everywhere. */
export const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * Maps change entries to the `feed` package's options and items for one format. The formats
 * differ in what their text fields mean: Atom titles are declared HTML by the library, RSS and
 * JSON Feed titles are plain text, and JSON Feed's `summary` is plain text while RSS and Atom
 * summaries are HTML. Each entry's id is its permanent URL; `published` is its date and `updated`
 * the day OffSwitch published it (later for backfilled history, decision 0011).
 */
export function changeFeedParts(input: ChangeFeedInput, format: FeedFormat): ChangeFeedParts {
  const { siteUrl, scope } = input;
  const changes = input.changes.slice(0, FEED_ITEM_LIMIT);
  const url = (path: string) => absoluteUrl(siteUrl, path);
  const newest = changes.reduce((latest, change) => {
    const day = change.published ?? change.date;
    return day > latest ? day : latest;
  }, "");
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
    return {
      id: link,
      link,
      title: format === "atom" ? escapeHtml(change.title) : change.title,
      date: dayStart(change.published ?? change.date),
      published: dayStart(change.date),
      description: format === "json" ? change.summary : `<p>${escapeHtml(change.summary)}</p>`,
      content: changeContentHtml(change, siteUrl, input.bodyHtml?.get(change.id)),
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
 * An entry as HTML for feed readers: what kind of change, the whole entry's text (its body as
 * compiled to HTML at content-build time, or the summary when there is none), the steps to
 * re-check and the sources, with a link to the entry on the site.
 */
export function changeContentHtml(change: ChangeView, siteUrl: string, bodyHtml?: string): string {
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
  const text = bodyHtml ? absolutizeLinks(bodyHtml, siteUrl) : `<p>${escapeHtml(change.summary)}</p>`;
  const regions = change.regions ? `<p>Applies in: ${escapeHtml(change.regions.map((region) => REGION_LABELS[region]).join(", "))}</p>` : "";
  return `<p><strong>${escapeHtml(label)}</strong></p>${regions}${text}${steps}${sources}${more}`;
}

/** Site-relative links (href="/guides/…") in generated HTML made absolute, for readers elsewhere. */
export function absolutizeLinks(html: string, siteUrl: string): string {
  return html.replace(/(\s(?:href|src)=")\/(?!\/)/g, (_match, attribute: string) => `${attribute}${absoluteUrl(siteUrl, "/")}`);
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
