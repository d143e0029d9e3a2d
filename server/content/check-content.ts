import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { CompiledChange } from "@/lib/content/change-schema";
import type { ContentIssue } from "@/lib/content/content-issue";
import { platformRegistrySchema, type CompiledGuide, type Platform } from "@/lib/content/guide-schema";
import type { PublishedSteps } from "@/lib/content/published-steps";
import { compileChange } from "@/server/content/compile-change";
import { compileGuide } from "@/server/content/compile-guide";
import { frontmatterLine } from "@/lib/content/frontmatter-lines";
import { FRESHNESS_DAYS, mayBeOutOfDate } from "@/lib/content/freshness";
import { checkPublishedSteps, readPublishedSteps, type GuideForRegistry } from "@/server/content/check-published-steps";

export type ContentCheckResult = {
  issues: ContentIssue[];
  guides: CompiledGuide[];
  platforms: Map<string, Platform>;
  /** Change entries that passed every check, in file name order (oldest first). */
  changes: CompiledChange[];
  /** The published step registry; empty when it is missing or invalid (that is an issue too). */
  publishedSteps: PublishedSteps;
};

/**
 * Reads and validates every guide, change entry and the published step registry under `root`:
 * the one pass used by `content:check`, the build and the app itself, so what the check accepts
 * is exactly what the site renders.
 */
export async function checkContent(root: string, now = new Date()): Promise<ContentCheckResult> {
  const issues: ContentIssue[] = [];
  const platforms = await readPlatforms(root, issues);
  const guidesDir = path.join(root, "guides");
  const files = (await readdir(guidesDir)).filter((name) => name.endsWith(".mdx")).sort();
  if (files.length === 0) issues.push({ file: displayPath(guidesDir), line: 1, message: "no guides found", severity: "error" });

  const guides: CompiledGuide[] = [];
  const guidesForRegistry: GuideForRegistry[] = [];
  for (const name of files) {
    const file = path.join(guidesDir, name);
    const source = await readFile(file, "utf8");
    const result = await compileGuide({ displayPath: displayPath(file), source, platforms, now });
    issues.push(...result.issues);
    if (!result.guide) continue;
    if (mayBeOutOfDate(result.guide.lastVerified, now)) {
      // A warning, not an error: an old guide is still worth publishing while someone re-verifies it.
      const message = `lastVerified ${result.guide.lastVerified} is more than ${FRESHNESS_DAYS} days ago: re-verify the guide against the platform (readers see "may be out of date")`;
      issues.push({ file: displayPath(file), line: frontmatterLine(source, ["lastVerified"]), message, severity: "warning" });
    }
    guides.push(result.guide);
    guidesForRegistry.push({ slug: result.guide.slug, stepIds: result.guide.steps.map((step) => step.id), displayPath: displayPath(file), source });
  }
  const guideFiles = new Set(files.map((name) => name.replace(/\.mdx$/, "")));

  const registryFile = path.join(root, "published-steps.json");
  const published = await readPublishedSteps(registryFile, displayPath(registryFile), issues);

  const changes: CompiledChange[] = [];
  const retired = new Map<string, Set<string>>();
  const guideIndex = new Map(guides.map((guide) => [guide.slug, { platform: guide.platform, stepIds: new Set(guide.steps.map((step) => step.id)) }]));
  for (const file of await changeFiles(path.join(root, "changes"), issues)) {
    const result = await compileChange({ displayPath: displayPath(file), source: await readFile(file, "utf8"), guides: guideIndex, guideFiles, publishedSteps: published.registry, now });
    issues.push(...result.issues);
    if (result.change) changes.push(result.change);
    if (result.retires) for (const step of result.retires.steps) retired.set(result.retires.guide, (retired.get(result.retires.guide) ?? new Set()).add(step));
  }

  if (published.registry) {
    issues.push(...checkPublishedSteps({ file: { ...published, registry: published.registry }, guides: guidesForRegistry, guideFiles, retired }));
  }
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { issues, guides, platforms, changes, publishedSteps: published.registry ?? {} };
}

/** The `.mdx` files in `changes/` (absent folder: none yet). Anything else there is a mistake, not something to skip quietly. */
async function changeFiles(dir: string, issues: ContentIssue[]): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw cause;
  }
  for (const name of names.filter((entry) => !entry.startsWith(".") && !entry.endsWith(".mdx")).sort()) {
    issues.push({ file: displayPath(path.join(dir, name)), line: 1, message: "only change entries named <yyyy-mm-dd>-<slug>.mdx belong in changes/", severity: "error" });
  }
  return names.filter((name) => name.endsWith(".mdx")).sort().map((name) => path.join(dir, name));
}

async function readPlatforms(root: string, issues: ContentIssue[]): Promise<Map<string, Platform>> {
  const file = path.join(root, "platforms.json");
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (cause) {
    issues.push({ file: displayPath(file), line: 1, message: `cannot read platforms: ${(cause as Error).message}`, severity: "error" });
    return new Map();
  }
  const parsed = platformRegistrySchema.safeParse(raw);
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      issues.push({ file: displayPath(file), line: 1, message: `${problem.path.join(".")}: ${problem.message}`, severity: "error" });
    }
    return new Map();
  }
  return new Map(Object.entries(parsed.data).map(([slug, platform]) => [slug, { ...platform, slug }]));
}

function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
