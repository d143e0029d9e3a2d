/**
 * Lighthouse mobile scores (default config: mobile form factor, simulated throttling) of home,
 * the LinkedIn guide, the settings-changed feed and the dashboard signed in (a database session
 * cookie set in the browser before the run: Lighthouse keeps cookies), run with Debian's Chromium
 * against `next start` on a bench database of its own. Baseline: a bare static page served from
 * memory, measured with the same settings in the same run. Medians of RUNS runs; the pages are
 * interleaved run by run so drift on the machine hits every page alike.
 */
import { accessSync, constants } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import pg from "pg";
import lighthouse from "lighthouse";
import { heading, median, printTable } from "./lib/format.mjs";
import { startBaselineServer } from "./lib/servers.mjs";
import { openBenchDatabase, startNextWithEnv } from "./lib/bench-database.mjs";

export const title = "Lighthouse mobile";
export const needsServer = false;

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const PAGES = ["/", "/guides/linkedin-ai-training", "/changes", "/dashboard"];
/** Pages measured signed in; the others anonymously, as most visitors see them. */
const SIGNED_IN_PAGES = new Set(["/dashboard"]);
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

// chrome-launcher and puppeteer-core are Lighthouse's own dependencies: load the copies Lighthouse resolves.
async function loadLighthouseDependency(name) {
  const lighthouseManifest = createRequire(import.meta.url).resolve("lighthouse/package.json");
  const entry = createRequire(lighthouseManifest).resolve(name);
  return import(pathToFileURL(entry).href);
}

/** Puts cookies in the fresh browser's jar; Lighthouse clears caches and storage before a run, not cookies. */
async function setCookies(port, cookies) {
  const { default: puppeteer } = await loadLighthouseDependency("puppeteer-core");
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    const session = await browser.target().createCDPSession();
    await session.send("Storage.setCookies", { cookies });
  } finally {
    await browser.disconnect();
  }
}

/** A user with a 30-day database session (as a sign-in creates) and some progress, for the signed-in pages. */
async function seedSignedInPerson(databaseUrl, origin) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const token = randomBytes(32).toString("hex");
    await client.query(`INSERT INTO "User" (id, email) VALUES ('bench-lighthouse', 'lighthouse@bench.invalid')`);
    await client.query(`INSERT INTO "Session" ("sessionToken", "userId", expires) VALUES ($1, 'bench-lighthouse', now() + interval '30 days')`, [token]);
    await client.query(
      `INSERT INTO "StepProgress" ("userId", "guideSlug", "stepId", done, "markedAt", "doneAt", "updatedAt")
       SELECT 'bench-lighthouse', "guideSlug", "stepId", true, '2025-01-01', '2025-01-01', now() FROM "GuideStep" WHERE position < 3`,
    );
    const { hostname } = new URL(origin);
    return [
      { name: "authjs.session-token", value: token, domain: hostname, path: "/", httpOnly: true, sameSite: "Lax" },
      { name: "offswitch-signed-in", value: "1", domain: hostname, path: "/", sameSite: "Lax" },
    ];
  } finally {
    await client.end();
  }
}

/** One Lighthouse run in a fresh Chromium, so no cache or storage carries over between runs. */
async function measure(chromeLauncher, url, cookies) {
  const chrome = (runningChrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: CHROME_FLAGS,
    handleSIGINT: false,
    logLevel: "silent",
  }));
  try {
    if (cookies) await setCookies(chrome.port, cookies);
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

export async function run({ root, reportMiss }) {
  try {
    accessSync(chromePath(), constants.X_OK); // chrome-launcher crashes the process on a bad path
  } catch {
    throw new Error(`no Chromium at ${chromePath()}: apt-get install -y chromium, or set CHROME_PATH`);
  }
  const chromeLauncher = await loadLighthouseDependency("chrome-launcher");
  const database = await openBenchDatabase(root, "bench_lighthouse");
  let app;
  let baseline;
  try {
    app = await startNextWithEnv(root, { DATABASE_URL: database.url, AUTH_SECRET: randomBytes(32).toString("base64") });
    baseline = await startBaselineServer();
    const cookies = await seedSignedInPerson(database.url, app.url);
    return await measureAll({ chromeLauncher, baseline, baseUrl: app.url, cookies, reportMiss });
  } finally {
    await baseline?.stop();
    await app?.stop();
    await database.close();
  }
}

async function measureAll({ chromeLauncher, baseline, baseUrl, cookies, reportMiss }) {
  const targets = [
    { label: "baseline (bare page)", url: `${baseline.url}/` },
    ...PAGES.map((p) => ({ label: SIGNED_IN_PAGES.has(p) ? `${p} (signed in)` : p, page: p, url: `${baseUrl}${p}`, cookies: SIGNED_IN_PAGES.has(p) ? cookies : undefined })),
  ];
  const lhrs = new Map(targets.map((t) => [t.label, []]));
  let environment;
  const loads = [os.loadavg()[0]];
  for (const t of targets) await (await fetch(t.url)).arrayBuffer(); // warm the servers' caches
  for (let i = 1; i <= RUNS; i++) {
    for (const t of targets) {
      process.stdout.write(`lighthouse run ${i}/${RUNS} ${t.label} ... `);
      const started = Date.now();
      // A busy machine now and then breaks Lighthouse's trace (NO_NAVSTART): one retry, then give up.
      const lhr = await measure(chromeLauncher, t.url, t.cookies).catch((error) => {
        console.log(`retrying once (${error.message.slice(0, 80)}) ... `);
        return measure(chromeLauncher, t.url, t.cookies);
      });
      environment ??= { lighthouseVersion: lhr.lighthouseVersion, ...lhr.environment };
      lhrs.get(t.label).push(lhr);
      loads.push(os.loadavg()[0]);
      console.log(`${((Date.now() - started) / 1000).toFixed(1)} s, performance ${Math.round(lhr.categories.performance.score * 100)}`);
    }
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
  const measuredPages = labels.slice(1); // all but the baseline
  for (const page of measuredPages) {
    const { scores } = pages[page].median;
    const missed = CATEGORIES.filter((c) => scores[c] === null || scores[c] < BUDGETS[c]);
    const met = CATEGORIES.filter((c) => !missed.includes(c));
    pages[page].budgets = Object.fromEntries(CATEGORIES.map((c) => [c, { budget: BUDGETS[c], median: scores[c], ok: !missed.includes(c) }]));
    console.log(`${page}: meets ${met.join(", ") || "nothing"}${missed.length ? `; MISSES ${missed.map((c) => `${c} ${scores[c]} < ${BUDGETS[c]}`).join(", ")}` : ""}`);
    for (const c of missed) reportMiss(`lighthouse ${page} ${c}: median ${scores[c]} < ${BUDGETS[c]}`);
  }

  for (const page of measuredPages) {
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
