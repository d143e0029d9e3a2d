import type { ChangeKind, ChangeSeverity } from "@/lib/content/change-constants";
import type { Region } from "@/lib/content/content-constants";

/**
 * URLs of the "settings changed" section, in one place so pages, feeds, alternates and tests
 * agree. Every filter is its own static route, so filtering works without JavaScript.
 */
export type ChangeFilter =
  | { kind: "all" }
  | { kind: "platform"; slug: string }
  | { kind: "guide"; slug: string }
  | { kind: "severity"; severity: ChangeSeverity }
  | { kind: "change-kind"; changeKind: ChangeKind }
  | { kind: "region"; region: Region };

/** Feeds exist for everything, per platform and per guide (a reader subscribes to what they follow). */
export type ChangeFeedScope = Extract<ChangeFilter, { kind: "all" | "platform" | "guide" }>;

export const FEED_FORMATS = ["atom", "rss", "json"] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  atom: "application/atom+xml",
  rss: "application/rss+xml",
  json: "application/feed+json",
};

export const FEED_FORMAT_NAMES: Record<FeedFormat, string> = { atom: "Atom", rss: "RSS", json: "JSON Feed" };

/** A list page's address; page 1 is the filter's own address, later pages add /page/<n>. */
export function changeFilterPath(filter: ChangeFilter, page = 1): string {
  const base = changeFilterBasePath(filter);
  return page > 1 ? `${base}/page/${page}` : base;
}

function changeFilterBasePath(filter: ChangeFilter): string {
  switch (filter.kind) {
    case "all":
      return "/changes";
    case "platform":
      return `/changes/platform/${filter.slug}`;
    case "guide":
      return `/changes/guide/${filter.slug}`;
    case "severity":
      return `/changes/severity/${filter.severity}`;
    case "change-kind":
      return `/changes/kind/${filter.changeKind}`;
    case "region":
      return `/changes/region/${filter.region}`;
  }
}

export function changeEntryPath(id: string): string {
  return `/changes/${id}`;
}

/** A feed sits beside the page it mirrors: /changes/feed.atom, /changes/guide/<slug>/feed.rss… */
export function changeFeedPath(scope: ChangeFeedScope, format: FeedFormat): string {
  return `${changeFilterPath(scope)}/feed.${format}`;
}

/** Joins the configured origin (which may carry a path prefix) and a site path. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, "")}${path}`;
}

export type AlternateTypes = Record<string, { url: string; title: string }[]>;

/** `metadata.alternates.types` for a scope's three feeds: `<link rel="alternate">` in the page head. */
export function changeFeedAlternates(scope: ChangeFeedScope, title: string): AlternateTypes {
  return Object.fromEntries(
    FEED_FORMATS.map((format) => [FEED_MEDIA_TYPES[format], [{ url: changeFeedPath(scope, format), title: `${title} (${FEED_FORMAT_NAMES[format]})` }]]),
  );
}

/** Feeds of one guide's change entries, for the guide page: `alternates: { canonical, types: guideFeedAlternates(slug) }`. */
export function guideFeedAlternates(slug: string): AlternateTypes {
  return changeFeedAlternates({ kind: "guide", slug }, "Changes to this guide");
}

/** Merges alternates of several scopes (a filtered page offers its own feed and the site-wide one). */
export function mergeFeedAlternates(...parts: AlternateTypes[]): AlternateTypes {
  const merged: AlternateTypes = {};
  for (const part of parts) {
    for (const [type, links] of Object.entries(part)) merged[type] = [...(merged[type] ?? []), ...links];
  }
  return merged;
}
