import "server-only";
import { frontmatterProblems, readFrontmatter } from "@/server/content/frontmatter";
import path from "node:path";
import { bundleContentMdx } from "@/server/content/bundle-content-mdx";
import { changeBodyHtml } from "@/server/content/change-html";
import { CHANGE_FILE_NAME_PATTERN, CHANGE_KINDS, isPlatformChange } from "@/lib/content/change-constants";
import { changeFrontmatterSchema, type CompiledChange } from "@/lib/content/change-schema";
import { remarkChangeBody, type ChangeBodyStructure } from "@/lib/content/change-structure";
import type { ContentIssue } from "@/lib/content/content-issue";
import { isAfterLatestTimezoneToday } from "@/lib/content/dates";
import { bodyStartLine, frontmatterLine } from "@/lib/content/frontmatter-lines";
import type { PublishedSteps } from "@/lib/content/published-steps";

/** What a change entry is checked against: the rest of the content root. */
export type ChangeContext = {
  /** Guides that compiled, by slug. */
  guides: ReadonlyMap<string, { platform: string; stepIds: ReadonlySet<string> }>;
  /** Every guide file's slug, compiled or not, so a broken guide is not also reported as missing. */
  guideFiles: ReadonlySet<string>;
  /** The published step registry, when it could be read. */
  publishedSteps?: PublishedSteps;
  now: Date;
};

export type CompileChangeInput = ChangeContext & {
  /** Path shown in issues, relative to the project root. */
  displayPath: string;
  source: string;
};

export type CompileChangeResult = {
  issues: ContentIssue[];
  change?: CompiledChange;
  /** The step ids this entry retires, read even when the entry has other errors, so the registry check does not pile on. */
  retires?: { guide: string; steps: string[] };
};

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string");
const asDateText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/**
 * Validates and compiles one change entry: file name, frontmatter through zod, the rules that
 * need the rest of the content (guide, steps, registry, dates), and the body through mdx-bundler.
 * Every problem comes back as an issue with a line; nothing throws for bad content.
 */
export async function compileChange(input: CompileChangeInput): Promise<CompileChangeResult> {
  const { displayPath, source, guides, guideFiles, publishedSteps, now } = input;
  const issues: ContentIssue[] = [];
  const error = (line: number, message: string) => issues.push({ file: displayPath, line, message, severity: "error" });
  const fileName = path.basename(displayPath);
  const id = fileName.replace(/\.mdx$/, "");
  const nameMatch = CHANGE_FILE_NAME_PATTERN.exec(fileName);
  const fileDate = nameMatch?.[1];
  if (!nameMatch) error(1, `file name "${fileName}" must be <yyyy-mm-dd>-<slug>.mdx, with a lowercase kebab-case slug`);
  else if (fileDate && !isRealDate(fileDate)) error(1, `file name date ${fileDate} is not a real date`);

  const read = readFrontmatter(source);
  if (read.yamlError) {
    error(read.yamlError.line, read.yamlError.message);
    return { issues };
  }
  const { data, present: hasFrontmatter } = read;
  const line = (...keyPath: PropertyKey[]) => frontmatterLine(source, keyPath);
  if (!hasFrontmatter) error(1, "missing frontmatter: a change entry starts with a --- block of YAML");

  const frontmatter = changeFrontmatterSchema.safeParse(data);
  if (!frontmatter.success && hasFrontmatter) {
    for (const problem of frontmatterProblems(frontmatter.error, source, data)) error(problem.line, problem.message);
  }

  // Checked on the raw values too, so one bad field does not hide these.
  const date = asDateText(data.date);
  if (typeof date === "string" && isRealDate(date)) {
    if (isAfterLatestTimezoneToday(date, now)) error(line("date"), `frontmatter date ${date} is in the future`);
    if (fileDate && date !== fileDate) error(line("date"), `frontmatter date ${date} does not match the file name date ${fileDate}`);
  }
  const published = asDateText(data.published);
  if (typeof published === "string" && isRealDate(published)) {
    if (isAfterLatestTimezoneToday(published, now)) error(line("published"), `frontmatter published ${published} is in the future`);
    if (typeof date === "string" && isRealDate(date) && published <= date) {
      error(line("published"), `frontmatter published ${published} must be later than date ${date} (leave it out when the entry was published on the day of the change)`);
    }
  }
  const guideSlug = typeof data.guide === "string" ? data.guide : undefined;
  const guide = guideSlug === undefined ? undefined : guides.get(guideSlug);
  if (guideSlug !== undefined && !guideFiles.has(guideSlug)) error(line("guide"), `frontmatter guide "${guideSlug}" does not exist (no guides/${guideSlug}.mdx)`);
  const retires = isStringArray(data.retires) ? data.retires : [];
  if (guide && guideSlug !== undefined) {
    if (isStringArray(data.steps)) {
      data.steps.forEach((step, index) => {
        if (!guide.stepIds.has(step) && !retires.includes(step)) error(line("steps", index), `frontmatter steps: "${step}" is not a step of guide "${guideSlug}"`);
      });
    }
    retires.forEach((step, index) => {
      if (guide.stepIds.has(step)) error(line("retires", index), `frontmatter retires: "${step}" is still a step of guide "${guideSlug}"; remove its <Step> or do not retire it`);
      else if (publishedSteps && publishedSteps[guideSlug]?.[step] === undefined) {
        error(line("retires", index), `frontmatter retires: "${step}" was never published for guide "${guideSlug}" (it is not in published-steps.json)`);
      }
    });
  }
  const kind = (CHANGE_KINDS as readonly unknown[]).includes(data.kind) ? (data.kind as (typeof CHANGE_KINDS)[number]) : undefined;
  if (kind && isPlatformChange(kind) && (data.sources === undefined || (Array.isArray(data.sources) && data.sources.length === 0))) {
    error(data.sources === undefined ? line("kind") : line("sources"), `frontmatter sources: a platform change (kind "${kind}") must cite at least one source`);
  }

  const structure: ChangeBodyStructure = { issues: [], isEmpty: false };
  const { code, syntaxError } = await bundleContentMdx(source, remarkChangeBody(structure));
  if (syntaxError) error(syntaxError.line, syntaxError.message);
  for (const problem of structure.issues) error(problem.line, problem.message);
  if (code !== undefined && structure.isEmpty) error(bodyStartLine(source), "a change entry needs a body: say what changed and what the reader should do");

  const declared = guideSlug !== undefined && retires.length > 0 ? { guide: guideSlug, steps: retires } : undefined;
  if (issues.length > 0 || !frontmatter.success || code === undefined || !guide) return { issues, retires: declared };
  return { issues, retires: declared, change: { ...frontmatter.data, id, platform: guide.platform, code, html: changeBodyHtml(source) } };
}

function isRealDate(isoDate: string): boolean {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === isoDate;
}
