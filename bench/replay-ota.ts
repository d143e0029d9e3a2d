/**
 * `DATABASE_URL=<a migrated scratch database> npx tsx --conditions=react-server bench/replay-ota.ts <path> [options]`
 *
 * Replays the version history of an Open Terms Archive versions repository (for example a
 * checkout or bare clone of OpenTermsArchive/pga-versions, kept OUTSIDE this project: the texts
 * are the platforms', not ours) through the real watcher. Each document's versions are rendered
 * from Markdown to HTML and served, in commit order, by loopback fixture sites; each version is
 * fetched twice (the watcher's two-fetch rule), so a version is "flagged" when one of its fetches
 * ends "changed". Flags are scored against the commits' labels:
 *   "Record new changes …"                     real change   (current labels)
 *   "Apply technical or declaration upgrade …" noise         (current labels)
 *   "Update …" / "Refilter …"                  real / noise  (the archive's older labels, reported apart)
 * "First record"/"Start tracking" commits and anything else are replayed but not scored.
 *
 * Options: --docs=<substring> only documents whose path contains it; --since=<yyyy-mm-dd> only
 * versions committed on or after it (the first one kept becomes the starting point);
 * --max-versions=<n> per document; --hosts=<n> loopback sites (default 4); --examples=<n> misses to
 * list; --selector=<css> read the pages with this selector (as a guide's hints would) instead of
 * Readability. Wrong calls are put down to a cause by comparing the two versions' texts.
 * Prints figures; never passes or fails.
 */
import { execFileSync } from "node:child_process";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { extractMainText } from "@/lib/sources/extract-text";
import { normaliseText } from "@/lib/sources/normalise-text";
import { DEFAULT_HINTS, type WatchedSource } from "@/lib/sources/watched-sources";
import { db } from "@/server/db/client";
import type { FetchPolicy } from "@/server/sources/http-fetch";
import { runSourceCycle } from "@/server/sources/run-source-cycle";
import { formatScore, scoreDetections } from "@/tests/sources/detection-score";
import { startScriptedSite, type ScriptedSite } from "@/tests/sources/scripted-site";

type Label = "real" | "noise" | "legacy-real" | "legacy-noise" | "first" | "other";
type Version = { commit: string; date: string; subject: string; label: Label };
type Doc = { file: string; versions: Version[]; site: ScriptedSite; path: string; url: string };
type VersionResult = { doc: string; version: Version; outcomes: string[]; flagged: boolean; failed: boolean; cause?: string };

const args = process.argv.slice(2);
const repo = args.find((arg) => !arg.startsWith("--"));
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split("=").slice(1).join("=");
if (!repo) {
  console.error("usage: bench/replay-ota.ts <path to an Open Terms Archive versions repository> [--docs=…] [--since=yyyy-mm-dd] [--max-versions=n] [--hosts=n] [--examples=n]");
  process.exit(2);
}
const hostCount = Number(option("hosts") ?? 4);
const selector = option("selector");
const maxVersions = Number(option("max-versions") ?? Infinity);
const examples = Number(option("examples") ?? 10);
const since = option("since");
const docFilter = option("docs");

const git = (...gitArgs: string[]) => execFileSync("git", ["-C", repo, ...gitArgs], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });

function labelOf(subject: string): Label {
  if (/^Record new changes\b/.test(subject)) return "real";
  if (/^Apply technical or declaration upgrade\b/.test(subject)) return "noise";
  if (/^Update\b/.test(subject)) return "legacy-real";
  if (/^Refilter\b/.test(subject)) return "legacy-noise";
  if (/^(First record|Start tracking)\b/.test(subject)) return "first";
  return "other";
}

function page(markdown: string, title: string): string {
  const body = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title.replace(/[<&]/g, "")}</title></head><body><header><nav>Replay site</nav></header><main><article>${body}</article></main><footer>Replayed from an Open Terms Archive version</footer></body></html>`;
}

const started = Date.now();
const files = git("ls-tree", "-r", "--name-only", "HEAD")
  .split("\n")
  .filter((file) => file.endsWith(".md") && file.includes("/") && (!docFilter || file.includes(docFilter)));
const sites = await Promise.all(Array.from({ length: hostCount }, (_, i) => startScriptedSite(`127.0.0.${i + 1}`)));
const run = Date.now().toString(36);
const docs: Doc[] = files.map((file, i) => {
  const history = git("log", "--reverse", "--format=%H%x1f%cs%x1f%s", "--", file)
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [commit = "", date = "", subject = ""] = line.split("\x1f");
      return { commit, date, subject, label: labelOf(subject) };
    })
    .filter((version) => !since || version.date >= since)
    .slice(0, maxVersions)
    // The first version replayed is the starting point, whatever its commit says: nothing to compare with.
    .map((version, index) => (index === 0 ? { ...version, label: "first" as const } : version));
  const site = sites[i % hostCount] as ScriptedSite;
  const path = `/replay/${run}/${i}`;
  return { file, versions: history, site, path, url: `${site.base}${path}` };
});
const totalVersions = docs.reduce((sum, doc) => sum + doc.versions.length, 0);
console.log(`replay: ${docs.length} documents${selector ? `, read with selector "${selector}"` : ", read with Readability (no selector)"}, ${totalVersions} versions from ${repo}${since ? ` since ${since}` : ""}; each version fetched twice; ${hostCount} loopback hosts`);

const policy: FetchPolicy = { userAgent: "OffSwitch-source-watcher/replay-bench", timeoutMs: 60_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 0, allowLoopback: true };
const watchedOf = new Map(docs.map((doc) => [doc.url, { url: doc.url, hints: selector ? { ...DEFAULT_HINTS, selector } : DEFAULT_HINTS, guides: [`replay-${doc.path}`], anchors: [] } satisfies WatchedSource]));
const results: VersionResult[] = [];
const current = new Map<string, VersionResult>();
const previousHtml = new Map<string, string>();
const currentHtml = new Map<string, string>();
/** Why the texts of two versions compare as they do: the first level at which they differ. */
function causeOf(before: string, after: string): string {
  const plain = (html: string) => extractMainText(html, { selector: "article", remove: [] }).text;
  const [a, b] = [plain(before), plain(after)];
  if (a === b) return "same words (markup or link targets only)";
  if (normaliseText(a) === normaliseText(b)) return "differs only in what normalising masks (stamps, counters, spacing, quotes)";
  const read = (html: string) => normaliseText(extractMainText(html, { selector, remove: [] }).text);
  if (read(before) === read(after)) return "differs outside what the extractor keeps";
  return "the watcher's text differs";
}
let clock = new Date("2020-01-01T00:00:00Z");
const rounds = 2 * Math.max(0, ...docs.map((doc) => doc.versions.length));
let fetches = 0;
// Ctrl-C (or SIGTERM) stops after the current round and reports on the versions fetched twice so far.
let stopAt: number | undefined;
const stop = () => void (stopAt ??= Date.now());
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
for (let round = 0; round < rounds; round += 1) {
  if (stopAt !== undefined) {
    console.log(`stopped early after ${round} of ${rounds} rounds`);
    break;
  }
  const index = Math.floor(round / 2);
  const active = docs.filter((doc) => index < doc.versions.length);
  for (const doc of active) {
    const version = doc.versions[index] as Version;
    if (round % 2 === 0) {
      const html = page(git("show", `${version.commit}:${doc.file}`), doc.file);
      doc.site.pages.set(doc.path, () => html);
      const previous = currentHtml.get(doc.url);
      if (previous) previousHtml.set(doc.url, previous);
      else previousHtml.delete(doc.url);
      currentHtml.set(doc.url, html);
      const result: VersionResult = { doc: doc.file, version, outcomes: [], flagged: false, failed: false };
      results.push(result);
      current.set(doc.url, result);
    }
  }
  clock = new Date(clock.getTime() + 12 * 3600_000);
  const at = clock;
  const summary = await runSourceCycle(
    active.map((doc) => watchedOf.get(doc.url) as WatchedSource),
    { policy, hostGapMs: 0, hostConcurrency: hostCount, now: () => at },
  );
  for (const result of summary.results) {
    const entry = current.get(result.url);
    if (!entry) continue;
    fetches += 1;
    entry.outcomes.push(result.outcome === "failed" || result.outcome === "skipped" ? `${result.outcome} (${result.why})` : result.outcome);
    if (result.outcome === "changed") entry.flagged = true;
    if (result.outcome === "failed" || result.outcome === "skipped") entry.failed = true;
  }
  // After a version's second fetch, put a wrong call down to a cause while both texts are at hand.
  if (round % 2 === 1) {
    for (const doc of active) {
      const entry = current.get(doc.url);
      const before = previousHtml.get(doc.url);
      if (!entry || !before) continue;
      const expected = entry.version.label === "real" || entry.version.label === "legacy-real" ? true : entry.version.label === "noise" || entry.version.label === "legacy-noise" ? false : undefined;
      if (expected !== undefined && expected !== entry.flagged) entry.cause = entry.failed ? "a fetch failed" : causeOf(before, currentHtml.get(doc.url) ?? "");
    }
  }
  if (round % 10 === 0) process.stderr.write(`${process.stderr.isTTY ? "\r" : ""}round ${round + 1}/${rounds}, ${fetches} fetches, ${((Date.now() - started) / 1000).toFixed(0)} s ${process.stderr.isTTY ? "" : "\n"}`);
}
if (process.stderr.isTTY) process.stderr.write("\n");
// A version cut short by a stop was fetched once: it is not scored.
const complete = results.filter((r) => r.outcomes.length === 2);
results.length = 0;
results.push(...complete);
for (const site of sites) await site.close();

const seconds = (Date.now() - started) / 1000;
console.log(`${fetches} fetches in ${seconds.toFixed(0)} s (${(fetches / seconds).toFixed(1)} fetches/s)`);
const count = (label: Label) => results.filter((r) => r.version.label === label).length;
console.log(`versions by label: real ${count("real")}, noise ${count("noise")}, legacy real ${count("legacy-real")}, legacy noise ${count("legacy-noise")}, first ${count("first")}, other ${count("other")}`);
const failedVersions = results.filter((r) => r.failed);
console.log(`versions with a failed fetch: ${failedVersions.length} (${[...new Set(failedVersions.flatMap((r) => r.outcomes.filter((o) => o.startsWith("failed") || o.startsWith("skipped"))))].slice(0, 5).join("; ")})`);
const score = (real: Label, noise: Label) => scoreDetections(results.filter((r) => r.version.label === real || r.version.label === noise).map((r) => ({ expected: r.version.label === real, detected: r.flagged })));
console.log(formatScore('flagged vs current labels ("Record new changes" = real, "Apply technical or declaration upgrade" = noise)', score("real", "noise")));
console.log(formatScore('flagged vs older labels ("Update" = real, "Refilter" = noise)', score("legacy-real", "legacy-noise")));
// How a flag on a noise commit and a miss on a real one look: line counts of the two texts' diff.
const list = (title: string, items: VersionResult[]) => {
  console.log(`${title}: ${items.length}${items.length > examples ? ` (first ${examples})` : ""}`);
  const causes = new Map<string, number>();
  for (const r of items) causes.set(r.cause ?? "?", (causes.get(r.cause ?? "?") ?? 0) + 1);
  for (const [cause, n] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${cause}`);
  for (const r of items.slice(0, examples)) console.log(`  ${r.version.date} ${r.version.commit.slice(0, 10)} ${r.doc}: ${r.outcomes.join(" > ")}; ${r.cause ?? ""}`);
};
list("noise flagged (false positives, current labels)", results.filter((r) => r.version.label === "noise" && r.flagged));
list("real not flagged (misses, current labels)", results.filter((r) => r.version.label === "real" && !r.flagged));
list("noise flagged (false positives, older labels)", results.filter((r) => r.version.label === "legacy-noise" && r.flagged));
list("real not flagged (misses, older labels)", results.filter((r) => r.version.label === "legacy-real" && !r.flagged));
await db.$disconnect();
