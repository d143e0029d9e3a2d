/**
 * Lighthouse mobile scores (default config: mobile form factor, simulated throttling) of home
 * and the LinkedIn guide, run with Debian's Chromium. Baseline: a bare static page served from
 * memory, measured with the same settings in the same run. Medians of RUNS runs; the pages are
 * interleaved run by run so drift on the machine hits every page alike.
 */
import { accessSync, constants } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { pathToFileURL } from "node:url";
import lighthouse from "lighthouse";
import { heading, median, printTable } from "./lib/format.mjs";
import { startBaselineServer } from "./lib/servers.mjs";

export const title = "Lighthouse mobile";
export const needsServer = true;

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const PAGES = ["/", "/guides/linkedin-ai-training"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const BUDGETS = { performance: 95, accessibility: 100, "best-practices": 95, seo: 95 };
const METRICS = [
  ["LCP ms", "largest-contentful-paint", (v) => Math.round(v)],
  ["TBT ms", "total-blocking-time", (v) => Math.round(v)],
  ["CLS", "cumulative-layout-shift", (v) => Number(v.toFixed(3))],
];
const CHROME_FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];

const chromePath = () => process.env.CHROME_PATH || "/usr/bin/chromium";
let runningChrome;

/** Called by run.mjs on Ctrl-C: chrome-launcher starts Chromium in its own process group. */
export function abort() {
  runningChrome?.kill();
}

// chrome-launcher is Lighthouse's own dependency: load the copy Lighthouse resolves.
async function loadChromeLauncher() {
  const lighthouseManifest = createRequire(import.meta.url).resolve("lighthouse/package.json");
  const entry = createRequire(lighthouseManifest).resolve("chrome-launcher");
  return import(pathToFileURL(entry).href);
}

/** One Lighthouse run in a fresh Chromium, so no cache or storage carries over between runs. */
async function measure(chromeLauncher, url) {
  const chrome = (runningChrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: CHROME_FLAGS,
    handleSIGINT: false,
    logLevel: "silent",
  }));
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
    if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    addCspIssueDetails(lhr, result.artifacts);
    return lhr;
  } finally {
    chrome.kill();
    runningChrome = undefined;
  }
}

/**
 * Lighthouse reports a CSP issue with no detail when no URL was blocked (an inline script or an
 * eval). Its artifacts know the directive, the kind and the source location: add them.
 */
function addCspIssueDetails(lhr, artifacts) {
  const issues = artifacts?.InspectorIssues?.contentSecurityPolicyIssue ?? [];
  const item = lhr.audits["inspector-issues"]?.details?.items?.find((i) => i.issueType === "Content security policy");
  if (!item || issues.length === 0) return;
  item.subItems = {
    type: "subitems",
    items: issues.map((issue) => {
      const at = issue.sourceCodeLocation;
      const where = at ? ` at ${at.url}:${at.lineNumber + 1}:${at.columnNumber + 1}` : "";
      const blocked = issue.blockedURL ? ` blocked ${issue.blockedURL}` : "";
      return { description: `${issue.contentSecurityPolicyViolationType} on ${issue.violatedDirective}${blocked}${where}` };
    }),
  };
}

function describeItem(item) {
  const node = item.node;
  if (node?.selector || node?.snippet) {
    return [node.selector, node.snippet, node.explanation?.replace(/\s+/g, " ")].filter(Boolean).join(" | ");
  }
  const parts = ["issueType", "description", "source", "url", "sourceLocation", "directive"]
    .map((key) => item[key])
    .filter((value) => value !== undefined && value !== "")
    .map((value) => (typeof value === "object" ? value.url ?? JSON.stringify(value) : String(value)));
  const sub = item.subItems?.items?.map((s) => s.description ?? s.url ?? JSON.stringify(s)) ?? [];
  return [...parts, ...sub].join(" | ") || JSON.stringify(item).slice(0, 200);
}

/** Audits that cost points in a non-performance category: what someone must fix. */
function failingAudits(lhr) {
  const failing = [];
  for (const category of CATEGORIES.filter((c) => c !== "performance")) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      if (!["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode)) continue;
      failing.push({
        category,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue,
        items: (audit.details?.items ?? []).slice(0, 5).map(describeItem),
      });
    }
  }
  return failing;
}

const nodeText = (node) => `${node.selector} ${node.snippet ?? ""}`.trim();

/** Where LCP and layout shifts come from, so a performance miss points at an element. */
function performanceNotes(lhr) {
  const lcpNode = lhr.audits["lcp-breakdown-insight"]?.details?.items?.find((item) => item.type === "node");
  const shifts = (lhr.audits["layout-shifts"]?.details?.items ?? []).filter((item) => item.node?.selector);
  return {
    lcpElement: lcpNode ? nodeText(lcpNode) : undefined,
    layoutShifts: shifts.slice(0, 3).map((item) => `${item.score.toFixed(3)} ${nodeText(item.node)}`),
  };
}

function summarise(lhrs) {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhrs.map((lhr) => (lhr.categories[c].score === null ? null : Math.round(lhr.categories[c].score * 100)))]),
  );
  const metrics = Object.fromEntries(
    METRICS.map(([label, id, round]) => [label, lhrs.map((lhr) => (lhr.audits[id].numericValue === undefined ? null : round(lhr.audits[id].numericValue)))]),
  );
  const failing = new Map();
  for (const lhr of lhrs) {
    for (const audit of failingAudits(lhr)) {
      const seen = failing.get(audit.id) ?? { ...audit, runs: 0 };
      seen.runs += 1;
      failing.set(audit.id, seen);
    }
  }
  return {
    runs: { scores, metrics },
    median: {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])),
      metrics: Object.fromEntries(METRICS.map(([label]) => [label, median(metrics[label])])),
    },
    failingAudits: [...failing.values()],
    performanceNotes: performanceNotes(lhrs[0]),
  };
}

/** "96" when every run agreed, else "96 (94-97)": the spread matters as much as the median. */
function cell(values, mid) {
  const known = values.filter((v) => v !== null);
  if (mid === null) return "n/a";
  const low = Math.min(...known);
  const high = Math.max(...known);
  return low === high ? String(mid) : `${mid} (${low}-${high})`;
}

export async function run({ baseUrl, reportMiss }) {
  try {
    accessSync(chromePath(), constants.X_OK); // chrome-launcher crashes the process on a bad path
  } catch {
    throw new Error(`no Chromium at ${chromePath()}: apt-get install -y chromium, or set CHROME_PATH`);
  }
  const chromeLauncher = await loadChromeLauncher();
  const baseline = await startBaselineServer();
  const targets = [{ label: "baseline (bare page)", url: `${baseline.url}/` }, ...PAGES.map((p) => ({ label: p, url: `${baseUrl}${p}` }))];
  const lhrs = new Map(targets.map((t) => [t.label, []]));
  let environment;
  const loads = [os.loadavg()[0]];
  try {
    for (const t of targets) await (await fetch(t.url)).arrayBuffer(); // warm the servers' caches
    for (let i = 1; i <= RUNS; i++) {
      for (const t of targets) {
        process.stdout.write(`lighthouse run ${i}/${RUNS} ${t.label} ... `);
        const started = Date.now();
        const lhr = await measure(chromeLauncher, t.url);
        environment ??= { lighthouseVersion: lhr.lighthouseVersion, ...lhr.environment };
        lhrs.get(t.label).push(lhr);
        loads.push(os.loadavg()[0]);
        console.log(`${((Date.now() - started) / 1000).toFixed(1)} s, performance ${Math.round(lhr.categories.performance.score * 100)}`);
      }
    }
  } finally {
    await baseline.stop();
  }

  const pages = Object.fromEntries(targets.map((t) => [t.label, { url: t.url, ...summarise(lhrs.get(t.label)) }]));
  const labels = targets.map((t) => t.label);
  heading(`${title} (${environment.lighthouseVersion}, simulated throttling, median of ${RUNS})`);
  console.log(`browser: ${environment.hostUserAgent}; benchmarkIndex ${environment.benchmarkIndex}`);
  // Simulated throttling scales measured CPU time, so other work on the machine inflates TBT.
  const maxLoad = Math.max(...loads);
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  console.log(`load average (1 min) during the runs: max ${maxLoad.toFixed(2)} on ${cores} cores` +
    (maxLoad > cores ? " - WARNING: the machine was busy with other work; performance figures are pessimistic" : ""));
  environment.maxLoadAverage = maxLoad;
  printTable(["metric", ...labels, "budget"], [
    ...CATEGORIES.map((c) => [c, ...labels.map((l) => cell(pages[l].runs.scores[c], pages[l].median.scores[c])),
      BUDGETS[c] === 100 ? "= 100" : `>= ${BUDGETS[c]}`]),
    ...METRICS.map(([label]) => [label, ...labels.map((l) => cell(pages[l].runs.metrics[label], pages[l].median.metrics[label])), "-"]),
  ]);

  console.log("");
  for (const page of PAGES) {
    const { scores } = pages[page].median;
    const missed = CATEGORIES.filter((c) => scores[c] === null || scores[c] < BUDGETS[c]);
    const met = CATEGORIES.filter((c) => !missed.includes(c));
    pages[page].budgets = Object.fromEntries(CATEGORIES.map((c) => [c, { budget: BUDGETS[c], median: scores[c], ok: !missed.includes(c) }]));
    console.log(`${page}: meets ${met.join(", ") || "nothing"}${missed.length ? `; MISSES ${missed.map((c) => `${c} ${scores[c]} < ${BUDGETS[c]}`).join(", ")}` : ""}`);
    for (const c of missed) reportMiss(`lighthouse ${page} ${c}: median ${scores[c]} < ${BUDGETS[c]}`);
  }

  for (const page of PAGES) {
    const { lcpElement, layoutShifts } = pages[page].performanceNotes;
    if (lcpElement) console.log(`${page}: LCP element ${lcpElement}`);
    for (const shift of layoutShifts) console.log(`${page}: layout shift ${shift}`);
  }

  for (const label of labels) {
    const failing = pages[label].failingAudits;
    if (failing.length === 0) continue;
    console.log(`\nfailing audits on ${label} (accessibility, best-practices, seo):`);
    for (const a of failing) {
      console.log(`  [${a.category}] ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""} - failed in ${a.runs}/${RUNS} runs`);
      for (const item of a.items) console.log(`      ${item}`);
    }
  }

  return { runs: RUNS, budgets: BUDGETS, environment, pages };
}
