import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentIssue } from "@/lib/content/content-issue";
import { platformRegistrySchema, type CompiledGuide, type Platform } from "@/lib/content/guide-schema";
import { compileGuide } from "@/server/content/compile-guide";

export type ContentCheckResult = { issues: ContentIssue[]; guides: CompiledGuide[]; platforms: Map<string, Platform> };

/**
 * Reads and validates every guide under `root`: the one pass used by `content:check`, the build
 * and the app itself, so what the check accepts is exactly what the site renders.
 */
export async function checkContent(root: string, now = new Date()): Promise<ContentCheckResult> {
  const issues: ContentIssue[] = [];
  const platforms = await readPlatforms(root, issues);
  const guidesDir = path.join(root, "guides");
  const files = (await readdir(guidesDir)).filter((name) => name.endsWith(".mdx")).sort();
  if (files.length === 0) issues.push({ file: displayPath(guidesDir), line: 1, message: "no guides found", severity: "error" });

  const guides: CompiledGuide[] = [];
  for (const name of files) {
    const file = path.join(guidesDir, name);
    const result = await compileGuide({ displayPath: displayPath(file), source: await readFile(file, "utf8"), platforms, now });
    issues.push(...result.issues);
    if (result.guide) guides.push(result.guide);
  }
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { issues, guides, platforms };
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
