import "server-only";
import { readFile } from "node:fs/promises";
import type { ContentIssue } from "@/lib/content/content-issue";
import { jsonKeyLine, publishedStepsSchema, type PublishedSteps } from "@/lib/content/published-steps";

export const PUBLISH_STEPS_COMMAND = "npm run content:publish-steps";

export type PublishedStepsFile = { registry?: PublishedSteps; text: string; displayPath: string };

/** Reads and validates `published-steps.json`; problems become issues and leave `registry` unset. */
export async function readPublishedSteps(file: string, displayPath: string, issues: ContentIssue[]): Promise<PublishedStepsFile> {
  const error = (line: number, message: string) => issues.push({ file: displayPath, line, message, severity: "error" });
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    error(1, `the published step registry is missing; run ${PUBLISH_STEPS_COMMAND} to create it`);
    return { text: "", displayPath };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    error(1, `published step registry is not valid JSON: ${(cause as Error).message}`);
    return { text, displayPath };
  }
  const parsed = publishedStepsSchema.safeParse(raw);
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      error(jsonKeyLine(text, problem.path.map(String)), `published step registry ${problem.path.join(".") || "root"}: ${problem.message}`);
    }
    return { text, displayPath };
  }
  return { registry: parsed.data, text, displayPath };
}

export type GuideForRegistry = { slug: string; stepIds: readonly string[]; displayPath: string; source: string };

export type RegistryCheckInput = {
  file: PublishedStepsFile & { registry: PublishedSteps };
  /** Guides that compiled; guides with errors are skipped, their own issues already fail the check. */
  guides: readonly GuideForRegistry[];
  guideFiles: ReadonlySet<string>;
  /** Guide slug -> step ids that some change entry retires. */
  retired: ReadonlyMap<string, ReadonlySet<string>>;
};

/**
 * Step ids are permanent: every id in a guide must be recorded with its publication date, and an
 * id that was published may only leave its guide through a change entry that retires it, so
 * nobody's progress silently points at nothing.
 */
export function checkPublishedSteps({ file, guides, guideFiles, retired }: RegistryCheckInput): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { registry, text, displayPath } = file;
  for (const guide of guides) {
    const published = registry[guide.slug] ?? {};
    for (const id of guide.stepIds) {
      if (published[id] !== undefined) continue;
      issues.push({
        file: guide.displayPath,
        line: stepLine(guide.source, id),
        message: `step id "${id}" is not in the published step registry yet; run ${PUBLISH_STEPS_COMMAND} to record it`,
        severity: "error",
      });
    }
  }
  const compiled = new Map(guides.map((guide) => [guide.slug, new Set(guide.stepIds)]));
  for (const [slug, published] of Object.entries(registry)) {
    if (!guideFiles.has(slug)) {
      issues.push({ file: displayPath, line: jsonKeyLine(text, [slug]), message: `guide "${slug}" was published and its file guides/${slug}.mdx is gone; published guides are never deleted`, severity: "error" });
      continue;
    }
    const current = compiled.get(slug);
    if (!current) continue;
    for (const id of Object.keys(published)) {
      if (current.has(id) || retired.get(slug)?.has(id)) continue;
      issues.push({
        file: displayPath,
        line: jsonKeyLine(text, [slug, id]),
        message: `step id ${id} was published and removed from guide "${slug}"; retire it with a change entry (retires: [${id}])`,
        severity: "error",
      });
    }
  }
  return issues;
}

/** The line of `<Step id="…">` in a guide's source, for pointing the editor at the new step. */
function stepLine(source: string, id: string): number {
  const pattern = new RegExp(`\\bid=["']${id}["']`);
  const index = source.split("\n").findIndex((line) => pattern.test(line));
  return index === -1 ? 1 : index + 1;
}
