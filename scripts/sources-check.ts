/**
 * `npm run sources:check [-- --json]`: one source watcher cycle by hand over the official sources
 * cited under OFFSWITCH_CONTENT_DIR (default ./content). Prints one line per source (unchanged,
 * pending, changed, first, rehinted, failed or skipped, with why) and a summary; `--json` prints
 * the same as JSON. Shows progress on a terminal. Exit code 1 when any source failed.
 */
import { z } from "zod";
import { db } from "@/server/db/client";
import { env } from "@/server/env";
import { loadWatchedSources } from "@/server/sources/content-sources";
import { defaultFetchPolicy, runSourceCycle, type SourceResult } from "@/server/sources/run-source-cycle";

const argsSchema = z.array(z.enum(["--json"], { error: "usage: npm run sources:check [-- --json]" }));
const args = argsSchema.safeParse(process.argv.slice(2));
if (!args.success) {
  console.error(args.error.issues[0]?.message);
  process.exit(2);
}
const json = args.data.includes("--json");
const progress = !json && process.stderr.isTTY;

const watched = await loadWatchedSources();
if (!json) console.log(`sources:check: ${watched.length} official sources, at most one request per host every ${env.SOURCES_HOST_GAP_MS} ms`);
const summary = await runSourceCycle(watched, {
  policy: defaultFetchPolicy(),
  hostGapMs: env.SOURCES_HOST_GAP_MS,
  onResult: (result, done, total) => {
    if (progress) process.stderr.write(`\r\x1b[K[${done}/${total}] ${result.url}`);
    if (!json) {
      if (progress) process.stderr.write("\r\x1b[K");
      console.log(line(result));
    }
  },
});
await db.$disconnect();

const counts: Record<string, number> = {};
for (const result of summary.results) counts[result.outcome] = (counts[result.outcome] ?? 0) + 1;
const flagged = summary.results.reduce((sum, result) => sum + result.flags.length, 0);
if (json) {
  console.log(JSON.stringify({ results: summary.results, counts, flagged, chromiumLaunches: summary.chromiumLaunches, durationMs: summary.durationMs }, null, 2));
} else {
  const parts = Object.entries(counts).map(([outcome, n]) => `${n} ${outcome}`);
  console.log(`sources:check: ${summary.results.length} sources: ${parts.join(", ")}; ${flagged} review flags; ${summary.chromiumLaunches} Chromium launch(es); ${(summary.durationMs / 1000).toFixed(1)} s`);
}
process.exit(counts.failed ? 1 : 0);

function line(result: SourceResult): string {
  const why = "why" in result && result.why ? `: ${result.why}` : "";
  const via = result.fetcher === "chromium" ? " (via Chromium)" : "";
  const diff = "diff" in result && result.diff ? ` (+${result.diff.addedLines}/-${result.diff.removedLines} lines)` : "";
  const flags = result.flags.map((flag) => (flag.kind === "anchor-missing" ? `\n    flag ${flag.guide} step ${flag.step}: anchor "${flag.phrase}" is gone` : `\n    flag ${flag.guide}: page changed`)).join("");
  const reported = "reported" in result && result.reported ? " (reported: failing several cycles in a row)" : "";
  return `${result.outcome.toUpperCase().padEnd(9)} ${result.url}${via}${why}${diff}${reported}${flags}`;
}
