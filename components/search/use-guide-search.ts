"use client";

import { useEffect, useState } from "react";
import type MiniSearch from "minisearch";
import type { SearchDocument } from "@/lib/search/search-index";

type LoadedSearch = { index: MiniSearch<SearchDocument>; search: (index: MiniSearch<SearchDocument>, query: string) => string[] };

let indexRequest: Promise<LoadedSearch> | undefined;

/**
 * The index and the search code (MiniSearch, 7.5 kB gzip) arrive together on the first query, so
 * people who only browse or filter never download either, and /guides stays within its first-load budget.
 */
function loadSearch(): Promise<LoadedSearch> {
  indexRequest ??= Promise.all([fetchIndexText(), import("@/lib/search/search-index")])
    .then(([text, { loadSearchIndex, searchGuides }]) => ({ index: loadSearchIndex(text), search: searchGuides }))
    .catch((error: unknown) => {
      indexRequest = undefined;
      throw error;
    });
  return indexRequest;
}

async function fetchIndexText(): Promise<string> {
  const response = await fetch("/guides/search-index.json");
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  return response.text();
}

export type GuideSearch = { state: "idle" } | { state: "loading" } | { state: "failed" } | { state: "ready"; slugs: string[] };

/** Searches the prebuilt index in the browser; the index is fetched once, on the first query. */
export function useGuideSearch(query: string): GuideSearch {
  const [loaded, setLoaded] = useState<LoadedSearch | null>(null);
  const [failed, setFailed] = useState(false);
  const wanted = query.trim() !== "";

  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    loadSearch().then(
      (search) => current && setLoaded(search),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [wanted, loaded]);

  if (!wanted) return { state: "idle" };
  if (loaded) return { state: "ready", slugs: loaded.search(loaded.index, query) };
  return failed ? { state: "failed" } : { state: "loading" };
}
