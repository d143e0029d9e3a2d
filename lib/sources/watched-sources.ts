import type { GuideAnchor, GuideSource, SourceWatchHints } from "@/lib/content/guide-schema";
import { TEXT_READING_VERSION } from "@/lib/sources/normalise-text";
import type { WatchedAnchor } from "@/lib/sources/review-flags";

/** One official page to watch, with what the content says about it. */
export type WatchedSource = {
  url: string;
  hints: SourceWatchHints;
  /** Guides citing it (change entries count for their guide). */
  guides: string[];
  anchors: WatchedAnchor[];
};

type GuideInput = { slug: string; sources: readonly GuideSource[]; anchors: readonly GuideAnchor[] };
type ChangeInput = { guide: string; sources: readonly GuideSource[] };

export const DEFAULT_HINTS: SourceWatchHints = { remove: [], lang: "en", needsJavaScript: false };

/**
 * Every `official: true` source a guide or change entry cites, once per URL, in URL order. Hints
 * come from the first guide that gives any (content:check keeps them to official sources).
 */
export function watchedSources(guides: readonly GuideInput[], changes: readonly ChangeInput[]): WatchedSource[] {
  const byUrl = new Map<string, WatchedSource>();
  const add = (source: GuideSource, guide: string) => {
    if (!source.official) return;
    const entry = byUrl.get(source.url) ?? { url: source.url, hints: DEFAULT_HINTS, guides: [], anchors: [] };
    if (source.watch && entry.hints === DEFAULT_HINTS) entry.hints = source.watch;
    if (!entry.guides.includes(guide)) entry.guides.push(guide);
    byUrl.set(source.url, entry);
  };
  for (const guide of guides) {
    for (const source of guide.sources) add(source, guide.slug);
    for (const anchor of guide.anchors) byUrl.get(anchor.source)?.anchors.push({ guide: guide.slug, step: anchor.step, phrase: anchor.phrase });
  }
  for (const change of changes) for (const source of change.sources) add(source, change.guide);
  return [...byUrl.values()].sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * A stable fingerprint of the hints and of how text is read: a new one means "re-read, do not
 * flag" (new selectors, or a new extractor or normaliser, TEXT_READING_VERSION).
 */
export function hintsKey(hints: SourceWatchHints): string {
  return JSON.stringify({ reading: TEXT_READING_VERSION, selector: hints.selector ?? null, remove: [...hints.remove].sort(), lang: hints.lang, needsJavaScript: hints.needsJavaScript });
}
