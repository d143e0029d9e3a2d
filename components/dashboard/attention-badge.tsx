"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { guideOverviews, totalNeedingAttention, type IndexedGuide } from "@/lib/progress/guide-overview";
import type { ChangeNotice } from "@/lib/progress/needs-attention";
import { useBrowserProgress } from "@/components/checklist/use-browser-progress";

type Index = { guides: IndexedGuide[]; changes: ChangeNotice[] };
let indexRequest: Promise<Index | null> | undefined;

/** The prerendered change index, fetched once per page load (and cached by the browser). */
function loadIndex(): Promise<Index | null> {
  indexRequest ??= fetch("/content-index.json")
    .then((response) => (response.ok ? (response.json() as Promise<Index>) : null))
    .catch(() => null);
  return indexRequest;
}

/** "Dashboard" in the header, with the number of steps that need re-checking. */
export function AttentionBadge() {
  const progress = useBrowserProgress();
  const [index, setIndex] = useState<Index | null>(null);
  useEffect(() => {
    let current = true;
    void loadIndex().then((loaded) => current && setIndex(loaded));
    return () => {
      current = false;
    };
  }, []);
  const count = index ? totalNeedingAttention(guideOverviews(progress, index.guides, index.changes)) : 0;
  return (
    <Link href="/dashboard" className="flex items-center gap-2 rounded-md px-2 py-2 font-medium hover:bg-accent-soft sm:px-3">
      Dashboard
      {count > 0 ? (
        <span className="rounded-full bg-[#8a4b00] px-2 py-0.5 text-xs font-bold text-white dark:bg-[#ffb070] dark:text-[#1a1c1e]" data-attention-count={count}>
          {count}
          <span className="sr-only"> {count === 1 ? "step needs" : "steps need"} attention</span>
        </span>
      ) : null}
    </Link>
  );
}
