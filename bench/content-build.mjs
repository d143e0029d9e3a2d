/**
 * Content build cost against library size: `content:check`'s compile of every guide plus the
 * search index build, for the library in content/ and for ten times the library (generated
 * copies of every guide, written to a temp dir outside content/ and pointed to with
 * OFFSWITCH_CONTENT_DIR). Baseline: the real library, measured in the same run. Prints both and
 * the ratio; a ratio near 10 means the build grows linearly with the number of guides.
 */
import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { heading, printTable } from "./lib/format.mjs";

export const title = "Content build";
export const needsServer = false;

const COPIES = 10;

/** Ten copies of every guide (copy 0 keeps its slug, so the change entries still point at real guides). */
async function writeTenfoldLibrary(root, target) {
  await mkdir(path.join(target, "guides"), { recursive: true });
  await cp(path.join(root, "content", "platforms.json"), path.join(target, "platforms.json"));
  await cp(path.join(root, "content", "changes"), path.join(target, "changes"), { recursive: true });
  const registry = JSON.parse(await readFile(path.join(root, "content", "published-steps.json"), "utf8"));
  const guides = (await readdir(path.join(root, "content", "guides"))).filter((name) => name.endsWith(".mdx"));
  const tenfoldRegistry = { ...registry };
  for (const name of guides) {
    const slug = name.replace(/\.mdx$/, "");
    const source = await readFile(path.join(root, "content", "guides", name), "utf8");
    for (let copy = 0; copy < COPIES; copy += 1) {
      const copySlug = copy === 0 ? slug : `${slug}-copy-${copy}`;
      await writeFile(path.join(target, "guides", `${copySlug}.mdx`), source);
      if (registry[slug]) tenfoldRegistry[copySlug] = registry[slug];
    }
  }
  await writeFile(path.join(target, "published-steps.json"), JSON.stringify(tenfoldRegistry, null, 2));
}

function measure(root, contentDir) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "bench/lib/content-build-timing.ts", contentDir], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, OFFSWITCH_CONTENT_DIR: contentDir },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`content build timing failed for ${contentDir}:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1));
}

export async function run({ root }) {
  heading(title);
  const library = measure(root, path.join(root, "content"));
  const tempDir = await mkdtemp(path.join(os.tmpdir(), "offswitch-bench-content-"));
  let tenfold;
  try {
    await writeTenfoldLibrary(root, tempDir);
    tenfold = measure(root, tempDir);
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
  const ms = (value) => `${Math.round(value)} ms`;
  const ratio = (key) => (tenfold[key] / library[key]).toFixed(1);
  printTable(
    ["library", "guides", "compile + check", "search index", "index size"],
    [
      ["content/", library.guides, ms(library.checkMs), ms(library.searchIndexMs), `${(library.indexBytes / 1000).toFixed(1)} kB`],
      [`${COPIES}x (generated)`, tenfold.guides, ms(tenfold.checkMs), ms(tenfold.searchIndexMs), `${(tenfold.indexBytes / 1000).toFixed(1)} kB`],
      ["ratio", `${(tenfold.guides / library.guides).toFixed(1)}x`, `${ratio("checkMs")}x`, `${ratio("searchIndexMs")}x`, `${ratio("indexBytes")}x`],
    ],
  );
  console.log("One fresh process per measurement; compile + check is what `content:check` and `npm run build` run first.");
  return { library, tenfold, copies: COPIES };
}
