/**
 * `npm run content:publish-steps [dir]`: records every step id that is in a guide but not yet in
 * `published-steps.json`, dated today (UTC). It never removes or re-dates an id: a published id
 * leaves its guide only through a change entry that retires it.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatPublishedSteps, publishedStepsSchema, recordNewSteps, type PublishedSteps } from "@/lib/content/published-steps";
import { checkContent } from "@/server/content/check-content";
import { contentRoot } from "@/server/content/content-paths";

const root = process.argv[2] ? path.resolve(process.argv[2]) : contentRoot();
const file = path.join(root, "published-steps.json");
const shown = path.relative(process.cwd(), file) || file;

async function readRegistry(): Promise<PublishedSteps> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return {};
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    console.error(`${shown}: not valid JSON (${(cause as Error).message}); fix it by hand first`);
    process.exit(1);
  }
  const parsed = publishedStepsSchema.safeParse(raw);
  if (!parsed.success) {
    console.error(`${shown}: not a valid registry, fix it by hand first:\n${parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n")}`);
    process.exit(1);
  }
  return parsed.data;
}

const { guides } = await checkContent(root);
// A guide that does not compile has no trustworthy step list; its own errors come first.
const compiled = new Set(guides.map((guide) => guide.slug));
const broken = (await readdir(path.join(root, "guides"))).filter((name) => name.endsWith(".mdx") && !compiled.has(name.slice(0, -4)));
for (const name of broken) console.error(`skipped guides/${name}: it has errors (see npm run content:check), so its step ids cannot be read`);

const today = new Date().toISOString().slice(0, 10);
// Read right before writing, so an edit made while the guides compiled is not lost.
const { registry, added } = recordNewSteps(await readRegistry(), guides, today);
if (added.length === 0) {
  console.log(`content:publish-steps: nothing new; ${shown} is up to date`);
} else {
  await writeFile(file, formatPublishedSteps(registry));
  for (const { guide, step } of added) console.log(`recorded ${guide} / ${step} as published on ${today}`);
  console.log(`content:publish-steps: ${added.length} step id(s) added to ${shown}`);
}
if (broken.length > 0) process.exit(1);
