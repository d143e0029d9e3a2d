"use client";

import { useEffect, useState } from "react";
import type MiniSearch from "minisearch";
import { loadSearchIndex, searchGuides, type SearchDocument } from "@/lib/search/search-index";

let indexRequest: Promise<MiniSearch<SearchDocument>> | undefined;

function fetchIndex(): Promise<MiniSearch<SearchDocument>> {
  indexRequest ??= fetch("/guides/search-index.json")
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.text();
    })
    .then(loadSearchIndex)
    .catch((error: unknown) => {
      indexRequest = undefined;
      throw error;
    });
  return indexRequest;
}

export type GuideSearch = { state: "idle" } | { state: "loading" } | { state: "failed" } | { state: "ready"; slugs: string[] };

/** Searches the prebuilt index in the browser; the index is fetched once, on the first query. */
export function useGuideSearch(query: string): GuideSearch {
  const [index, setIndex] = useState<MiniSearch<SearchDocument> | null>(null);
  const [failed, setFailed] = useState(false);
  const wanted = query.trim() !== "";

  useEffect(() => {
    if (!wanted || index) return;
    let current = true;
    fetchIndex().then(
      (loaded) => current && setIndex(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [wanted, index]);

  if (!wanted) return { state: "idle" };
  if (index) return { state: "ready", slugs: searchGuides(index, query) };
  return failed ? { state: "failed" } : { state: "loading" };
}
