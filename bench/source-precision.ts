/**
 * `DATABASE_URL=<a migrated scratch database> npx tsx --conditions=react-server bench/source-precision.ts [--cases]`
 * Runs the labelled set of hand-made changes (tests/sources/labelled-changes.ts: real changes vs
 * noise) through the real watcher on a loopback site and prints precision and recall of
 * "flagged" and of "anchor missing"; `--cases` prints every case's outcomes. Prints figures; the
 * thresholds live in tests/integration/source-precision.test.ts.
 */
import { db } from "@/server/db/client";
import { formatScore } from "@/tests/sources/detection-score";
import { evaluateLabelledChanges } from "@/tests/sources/evaluate-labelled";

const started = Date.now();
const { cases, flagged, anchorMissing } = await evaluateLabelledChanges();
const real = cases.filter((c) => c.change.label === "real").length;
console.log(`labelled set: ${cases.length} hand-made changes (${real} real, ${cases.length - real} noise), 5 fetches each, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(formatScore("flagged", flagged));
console.log(formatScore("anchor missing", anchorMissing));
for (const c of cases) {
  const wrongFlag = c.flagged !== (c.change.label === "real");
  const expectedMissing = c.change.missingAfter ?? [];
  const wrongAnchors = expectedMissing.join(",") !== c.missing.filter((key) => expectedMissing.includes(key)).join(",") || c.missing.some((key) => !expectedMissing.includes(key));
  if (process.argv.includes("--cases") || wrongFlag || wrongAnchors || c.firstFlags > 0) {
    console.log(`${wrongFlag || wrongAnchors ? "MISS" : "ok  "} ${c.change.label.padEnd(5)} ${c.change.id.padEnd(30)} flagged=${c.flagged} missing=[${c.missing.join(",")}] expected=[${expectedMissing.join(",")}] ${c.outcomes.join(" > ")}`);
  }
}
await db.$disconnect();
