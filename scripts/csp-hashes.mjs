/**
 * Post-build step: hashes every inline <script> of every prerendered page so the
 * Content-Security-Policy can allow exactly those scripts without 'unsafe-inline' and without
 * making static pages dynamic (a nonce would). Writes .next/csp-hashes.json: route -> hashes.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const appDir = path.join(".next", "server", "app");
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith(".html")) yield full;
  }
}

function routeOf(file) {
  const route = "/" + path.relative(appDir, file).replace(/\.html$/, "").split(path.sep).join("/");
  return route === "/index" ? "/" : route;
}

const hashes = {};
for await (const file of htmlFiles(appDir)) {
  const html = await readFile(file, "utf8");
  const routeHashes = new Set();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
    if (body.length > 0) routeHashes.add(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  hashes[routeOf(file)] = [...routeHashes];
}
await writeFile(path.join(".next", "csp-hashes.json"), JSON.stringify(hashes, null, 2));
console.log(`csp-hashes: hashed inline scripts of ${Object.keys(hashes).length} prerendered pages`);
