import { findAnchor } from "@/lib/sources/find-anchor";

/** Review priorities, highest first (issue 14: a missing anchor, then reader reports, then other changes). */
export const REVIEW_PRIORITY = { anchorMissing: 300, readerReport: 200, sourceChanged: 100 } as const;

export type WatchedAnchor = { guide: string; step: string; phrase: string };

export type ReviewFlag =
  | { kind: "anchor-missing"; guide: string; step: string; phrase: string; priority: number }
  | { kind: "source-changed"; guide: string; priority: number };

/**
 * What a person should look at after a source's text was (re)read: every step whose anchor is
 * gone, and, when the page changed, every citing guide not already flagged step by step.
 * On a first check only missing anchors are flagged (there is nothing to compare with).
 */
export function reviewFlags(input: { text: string; anchors: readonly WatchedAnchor[]; citingGuides: readonly string[]; changed: boolean }): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const stepFlagged = new Set<string>();
  const seen = new Set<string>();
  for (const anchor of input.anchors) {
    if (findAnchor(input.text, anchor.phrase) !== "missing") continue;
    const key = `${anchor.guide}/${anchor.step}/${anchor.phrase}`;
    if (seen.has(key)) continue;
    seen.add(key);
    stepFlagged.add(anchor.guide);
    flags.push({ kind: "anchor-missing", guide: anchor.guide, step: anchor.step, phrase: anchor.phrase, priority: REVIEW_PRIORITY.anchorMissing });
  }
  if (input.changed) {
    for (const guide of new Set(input.citingGuides)) {
      if (!stepFlagged.has(guide)) flags.push({ kind: "source-changed", guide, priority: REVIEW_PRIORITY.sourceChanged });
    }
  }
  return flags;
}
