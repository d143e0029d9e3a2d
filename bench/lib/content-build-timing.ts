/**
 * One content build measured in a fresh process (no warm caches): the validated compile of every
 * guide and change entry that `content:check` and the build run, then the search index build.
 * Prints one JSON line: { guides, changes, checkMs, searchIndexMs, indexBytes }.
 */
import { performance } from "node:perf_hooks";
import path from "node:path";
import { loadContentLibrary } from "@/server/content/content-library";
import { serializedSearchIndex } from "@/server/search/guide-search-index";

const root = path.resolve(process.argv[2] ?? "content");
process.env.OFFSWITCH_CONTENT_DIR = root;

const checkStart = performance.now();
// The same once-per-process library the app's loaders share (it throws on content errors), so the
// index build below reuses it and measures only its own work: reading step details and indexing.
const { guides, changes } = await loadContentLibrary();
const checkMs = performance.now() - checkStart;

const indexStart = performance.now();
const index = await serializedSearchIndex();
const searchIndexMs = performance.now() - indexStart;

console.log(JSON.stringify({ guides: guides.length, changes: changes.length, checkMs, searchIndexMs, indexBytes: Buffer.byteLength(index) }));
