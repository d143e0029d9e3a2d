import MiniSearch, { type Options } from "minisearch";

/** One searchable guide: the words people type when they look for a setting. */
export type SearchDocument = {
  id: string;
  title: string;
  platformName: string;
  summary: string;
  category: string;
  /** Step titles, menu path labels and end states, joined. */
  steps: string;
};

/** Shared by the build (which serializes the index) and the browser (which loads it): they must match. */
export const SEARCH_INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ["title", "platformName", "summary", "category", "steps"],
  storeFields: [],
  searchOptions: { boost: { title: 3, platformName: 3, category: 2 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
};

export function buildSearchIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  index.addAll(documents);
  return index;
}

export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(json, SEARCH_INDEX_OPTIONS);
}

/** Slugs of the guides matching `query`, best match first. */
export function searchGuides(index: MiniSearch<SearchDocument>, query: string): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  return index.search(trimmed).map((result) => String(result.id));
}
