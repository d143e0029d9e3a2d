/**
 * Runs the labelled set (tests/sources/labelled-changes.ts) through the real watcher: the
 * scripted loopback site serves each case's page, runSourceCycle fetches, extracts, normalises
 * and judges it, recordCheck applies the two-fetch rule and the anchor check against Postgres.
 * Needs DATABASE_URL pointing at a migrated database (the integration tests' one, or a scratch one).
 *
 * Protocol per case, one cycle per 12 hours: the "before" page twice (first check, then a
 * re-check), then the "after" page three times. "Flagged" means some cycle after the first
 * produced a change (or a missing anchor); the first cycle must flag nothing.
 */
import { randomUUID } from "node:crypto";
import { DEFAULT_HINTS, type WatchedSource } from "@/lib/sources/watched-sources";
import type { FetchPolicy } from "@/server/sources/http-fetch";
import { runSourceCycle, type SourceResult } from "@/server/sources/run-source-cycle";
import { ANCHORS, LABELLED_CHANGES, type AnchorKey, type LabelledChange } from "@/tests/sources/labelled-changes";
import { scoreDetections, type Score } from "@/tests/sources/detection-score";
import { startScriptedSite } from "@/tests/sources/scripted-site";

export type CaseResult = {
  change: LabelledChange;
  outcomes: string[];
  flagged: boolean;
  /** Anchors reported missing after the first cycle. */
  missing: AnchorKey[];
  /** Flags raised on the first check (an authoring error in the set if any). */
  firstFlags: number;
};

export type LabelledEvaluation = { cases: CaseResult[]; flagged: Score; anchorMissing: Score };

const PHASES = ["before", "before", "after", "after", "after"] as const;
const policy: FetchPolicy = { userAgent: "OffSwitch-source-watcher/labelled-set", timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 0, allowLoopback: true };

export async function evaluateLabelledChanges(changes: readonly LabelledChange[] = LABELLED_CHANGES): Promise<LabelledEvaluation> {
  const site = await startScriptedSite();
  const run = randomUUID().slice(0, 8);
  const keys = Object.keys(ANCHORS) as AnchorKey[];
  const watched = changes.map((change): WatchedSource & { change: LabelledChange; path: string } => {
    const path = `/labelled/${run}/${change.id}`;
    const guide = `labelled-${change.id}`;
    return { change, path, url: `${site.base}${path}`, hints: DEFAULT_HINTS, guides: [guide], anchors: keys.map((key) => ({ guide, step: key, phrase: ANCHORS[key] })) };
  });
  const results = new Map<string, SourceResult[]>(watched.map((source) => [source.url, []]));
  let clock = new Date("2026-12-01T06:00:00Z");
  try {
    for (const phase of PHASES) {
      for (const source of watched) site.pages.set(source.path, source.change[phase]);
      clock = new Date(clock.getTime() + 12 * 3600_000);
      const at = clock;
      const summary = await runSourceCycle(watched, { policy, hostGapMs: 0, now: () => at });
      for (const result of summary.results) results.get(result.url)?.push(result);
    }
  } finally {
    await site.close();
  }

  const cases = watched.map((source): CaseResult => {
    const [first, ...later] = results.get(source.url) ?? [];
    const missing = new Set<AnchorKey>();
    for (const result of later) for (const flag of result.flags) if (flag.kind === "anchor-missing") missing.add(flag.step as AnchorKey);
    return {
      change: source.change,
      outcomes: [first, ...later].map((result) => (result ? (result.outcome === "failed" || result.outcome === "skipped" ? `${result.outcome} (${result.why})` : result.outcome) : "none")),
      flagged: later.some((result) => result.outcome === "changed" || result.flags.length > 0),
      missing: keys.filter((key) => missing.has(key)),
      firstFlags: first?.flags.length ?? 0,
    };
  });
  const flagged = scoreDetections(cases.map((c) => ({ expected: c.change.label === "real", detected: c.flagged })));
  const anchorMissing = scoreDetections(cases.flatMap((c) => keys.map((key) => ({ expected: (c.change.missingAfter ?? []).includes(key), detected: c.missing.includes(key) }))));
  return { cases, flagged, anchorMissing };
}
