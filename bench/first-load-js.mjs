/**
 * First-load JS per route, derived from the build output because Next 16 with Turbopack no
 * longer prints sizes. For every prerendered page it sums the gzip size (zlib level 9) of the
 * unique script files the HTML makes a modern browser load: <script src>, <link rel="preload"
 * as="script"> and <link rel="modulepreload">. `nomodule` scripts (legacy polyfills) are left
 * out, as Next's own size report did: modern browsers never fetch them.
 * Baseline: the framework, i.e. the scripts every prerendered page shares.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { heading, kB, printTable } from "./lib/format.mjs";

export const title = "First-load JS (gzip)";
export const needsServer = false;

const BUDGET_BYTES = 150_000;
const GZIP_LEVEL = 9;
const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith(".html")) yield full;
  }
}

function routeOf(appDir, file) {
  const route = "/" + path.relative(appDir, file).replace(/\.html$/, "").split(path.sep).join("/");
  return route === "/index" ? "/" : route;
}

function attributesOf(source) {
  const attributes = {};
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    attributes[name.toLowerCase()] = double ?? single ?? bare ?? "";
  }
  return attributes;
}

/** Script URLs a page loads on first load, and the ones it only offers to legacy browsers. */
export function scriptsOfHtml(html) {
  const loaded = new Set();
  const legacyOnly = new Set();
  for (const [, tag, source] of html.matchAll(TAG)) {
    const attributes = attributesOf(source);
    if (tag.toLowerCase() === "script" && attributes.src) {
      ("nomodule" in attributes ? legacyOnly : loaded).add(attributes.src);
    } else if (tag.toLowerCase() === "link" && attributes.href) {
      const rel = (attributes.rel ?? "").toLowerCase().split(/\s+/);
      if (rel.includes("modulepreload") || (rel.includes("preload") && attributes.as === "script")) {
        loaded.add(attributes.href);
      }
    }
  }
  for (const url of loaded) legacyOnly.delete(url);
  return { loaded, legacyOnly };
}

export async function run({ root, reportMiss }) {
  const appDir = path.join(root, ".next", "server", "app");
  const staticDir = path.join(root, ".next", "static");
  const gzipSizes = new Map();
  const sizeOf = async (url) => {
    if (!gzipSizes.has(url)) {
      if (!url.startsWith("/_next/static/")) throw new Error(`unexpected script outside /_next/static: ${url}`);
      const file = path.join(staticDir, decodeURIComponent(url.slice("/_next/static/".length).split("?")[0]));
      const bytes = await readFile(file); // a missing file means the build is broken: let it throw
      gzipSizes.set(url, { raw: bytes.length, gzip: gzipSync(bytes, { level: GZIP_LEVEL }).length });
    }
    return gzipSizes.get(url).gzip;
  };

  const routes = [];
  for await (const file of htmlFiles(appDir)) {
    const html = await readFile(file, "utf8");
    const { loaded, legacyOnly } = scriptsOfHtml(html);
    // Chunks named in the inline RSC payload but not loaded by a tag would be missed: say so.
    const named = new Set([...html.matchAll(/\/_next\/static\/chunks\/[\w./-]+?\.js/g)].map(([url]) => url));
    const unseen = [...named].filter((url) => !loaded.has(url) && !legacyOnly.has(url));
    let total = 0;
    for (const url of loaded) total += await sizeOf(url);
    routes.push({ route: routeOf(appDir, file), scripts: [...loaded].sort(), legacyOnly: [...legacyOnly], unseen, total });
  }
  if (routes.length === 0) throw new Error(`no prerendered HTML under ${appDir}`);
  routes.sort((a, b) => a.route.localeCompare(b.route));

  // Framework baseline: scripts on every page (the error pages carry no app layout code).
  const shared = routes.map((r) => new Set(r.scripts)).reduce((a, b) => new Set([...a].filter((url) => b.has(url))));
  let frameworkBytes = 0;
  for (const url of shared) frameworkBytes += await sizeOf(url);
  const notFound = routes.find((r) => r.route === "/_not-found");

  heading(`${title}, zlib level ${GZIP_LEVEL}, 1 kB = 1000 B`);
  console.log(`baseline: framework (${shared.size} scripts shared by all ${routes.length} pages) ${kB(frameworkBytes)} kB` +
    (notFound ? `; /_not-found page ${kB(notFound.total)} kB` : ""));
  const rows = routes.map((r) => {
    const over = r.total > BUDGET_BYTES;
    if (over) reportMiss(`first-load JS ${r.route}: ${kB(r.total)} kB > ${kB(BUDGET_BYTES)} kB (${kB(r.total - BUDGET_BYTES)} kB over)`);
    r.budgetBytes = BUDGET_BYTES;
    r.ok = !over;
    return [r.route, kB(r.total), kB(frameworkBytes), `+${kB(r.total - frameworkBytes)}`, kB(BUDGET_BYTES), over ? "OVER" : "OK"];
  });
  printTable(["route", "first-load kB", "framework kB", "ours on top kB", "budget kB", "status"], rows);

  // Our own chunks, largest first, so an OVER row points at what to shrink.
  const own = [...new Set(routes.flatMap((r) => r.scripts))].filter((url) => !shared.has(url));
  own.sort((a, b) => gzipSizes.get(b).gzip - gzipSizes.get(a).gzip);
  console.log("\nscripts on top of the framework (largest first):");
  printTable(
    ["script", "gzip kB", "raw kB", "pages"],
    own.map((url) => [url.replace("/_next/static/chunks/", ""), kB(gzipSizes.get(url).gzip), kB(gzipSizes.get(url).raw),
      routes.filter((r) => r.scripts.includes(url)).map((r) => r.route).join(" ")]),
  );
  const legacy = [...new Set(routes.flatMap((r) => r.legacyOnly))];
  if (legacy.length) console.log(`not counted (nomodule, legacy browsers only): ${legacy.map((u) => path.basename(u)).join(", ")}`);
  for (const r of routes.filter((r) => r.unseen.length)) {
    console.log(`warning: ${r.route} names chunks no tag loads (not counted): ${r.unseen.join(", ")}`);
  }

  return {
    gzipLevel: GZIP_LEVEL,
    unit: "bytes",
    budgetBytes: BUDGET_BYTES,
    framework: { bytes: frameworkBytes, scripts: [...shared].sort() },
    routes,
    scripts: Object.fromEntries(gzipSizes),
  };
}
