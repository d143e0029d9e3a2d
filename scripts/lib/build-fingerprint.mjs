/**
 * A production build is reused only while nothing it was built from has changed: the start
 * command compares a hash of the sources with the one recorded after the last build.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "content", "lib", "server", "public", "prisma"];
const SOURCE_FILES = ["proxy.ts", "next.config.mjs", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "scripts/csp-hashes.mjs"];
const FINGERPRINT_FILE = path.join(".next", "offswitch-source-fingerprint");

async function* filesUnder(dir) {
  if (!existsSync(dir)) return;
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    // Follow symlinks: the e2e content folder links to the real guides.
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(full)).isDirectory());
    if (isDirectory) yield* filesUnder(full);
    else if (!entry.name.endsWith(".test.ts")) yield full;
  }
}

export async function sourceFingerprint() {
  const hash = createHash("sha256");
  const files = [];
  // A build for another content folder (the e2e fixtures) is a different build.
  const dirs = process.env.OFFSWITCH_CONTENT_DIR ? [...SOURCE_DIRS, process.env.OFFSWITCH_CONTENT_DIR] : SOURCE_DIRS;
  for (const dir of dirs) for await (const file of filesUnder(dir)) files.push(file);
  for (const file of SOURCE_FILES) if (existsSync(file)) files.push(file);
  for (const file of files) hash.update(file).update("\0").update(await readFile(file)).update("\0");
  // Prerendered pages embed the public origin (canonical links), so it is part of what was built.
  hash.update(`SITE_URL=${process.env.SITE_URL ?? ""}\0OFFSWITCH_CONTENT_DIR=${process.env.OFFSWITCH_CONTENT_DIR ?? ""}`);
  return hash.digest("hex");
}

export async function buildIsCurrent() {
  if (!existsSync(path.join(".next", "BUILD_ID")) || !existsSync(path.join(".next", "csp-hashes.json"))) return false;
  if (!existsSync(FINGERPRINT_FILE)) return false;
  return (await readFile(FINGERPRINT_FILE, "utf8")) === (await sourceFingerprint());
}

export async function recordBuildFingerprint() {
  await writeFile(FINGERPRINT_FILE, await sourceFingerprint());
}
