import "server-only";
import path from "node:path";
import matter from "gray-matter";
import { bundleMDX } from "mdx-bundler";
import type { ContentIssue } from "@/lib/content/content-issue";
import { GUIDE_SLUG_PATTERN } from "@/lib/content/content-constants";
import { guideFrontmatterSchema, type CompiledGuide, type Platform } from "@/lib/content/guide-schema";
import { remarkGuideStructure, type GuideStructure } from "@/lib/content/guide-structure";
import { isAfterLatestTimezoneToday } from "@/lib/content/dates";

export type CompileGuideInput = {
  /** Path shown in issues, relative to the project root. */
  displayPath: string;
  source: string;
  platforms: ReadonlyMap<string, Platform>;
  now: Date;
};

export type CompileGuideResult = { issues: ContentIssue[]; guide?: CompiledGuide };

/**
 * Validates and compiles one guide: frontmatter through zod, body through mdx-bundler with the
 * structure pass. Every problem comes back as an issue with a line; nothing throws for bad content.
 */
export async function compileGuide({ displayPath, source, platforms, now }: CompileGuideInput): Promise<CompileGuideResult> {
  const issues: ContentIssue[] = [];
  const error = (line: number, message: string) => issues.push({ file: displayPath, line, message, severity: "error" });
  const slug = path.basename(displayPath, ".mdx");
  if (!GUIDE_SLUG_PATTERN.test(slug)) error(1, `file name "${slug}.mdx" must be a kebab-case slug`);

  let data: Record<string, unknown>;
  let frontmatterText: string;
  try {
    // Options bypass gray-matter's cache, whose hits come back without the raw `matter` text.
    const parsed = matter(source, {});
    data = parsed.data;
    frontmatterText = parsed.matter ?? "";
  } catch (cause) {
    error(yamlErrorLine(cause), `frontmatter is not valid YAML: ${firstLine(cause)}`);
    return { issues };
  }
  const hasFrontmatter = frontmatterText.trim() !== "";
  if (!hasFrontmatter) error(1, "missing frontmatter: a guide starts with a --- block of YAML");

  const frontmatter = guideFrontmatterSchema.safeParse(data);
  if (!frontmatter.success && hasFrontmatter) {
    for (const problem of frontmatter.error.issues) {
      const keys = problem.code === "unrecognized_keys" ? problem.keys.map((key) => [...problem.path, key]) : [problem.path];
      for (const keyPath of keys) {
        const where = keyPath.join(".") || "frontmatter";
        const message =
          problem.code === "unrecognized_keys"
            ? `unknown key "${where}"`
            : problem.code === "invalid_type" && problem.message.endsWith("received undefined")
              ? `${where} is required`
              : `${where}: ${problem.message}`;
        error(frontmatterLine(source, keyPath), `frontmatter ${message}`);
      }
    }
  }
  // Checked on the raw values too, so one bad field does not hide these.
  const lastVerified = data.lastVerified instanceof Date ? data.lastVerified.toISOString().slice(0, 10) : data.lastVerified;
  if (typeof lastVerified === "string" && /^\d{4}-\d{2}-\d{2}$/.test(lastVerified) && isAfterLatestTimezoneToday(lastVerified, now)) {
    error(frontmatterLine(source, ["lastVerified"]), `frontmatter lastVerified ${lastVerified} is in the future`);
  }
  if (typeof data.platform === "string" && !platforms.has(data.platform)) {
    error(frontmatterLine(source, ["platform"]), `frontmatter platform "${data.platform}" is not in content/platforms.json`);
  }

  const structure: GuideStructure = { steps: [], deviceVariants: [], issues: [] };
  let code: string | undefined;
  try {
    const bundled = await bundleMDX({
      source,
      esbuildOptions: (options) => ({ ...options, logLevel: "silent" }),
      mdxOptions(options) {
        // First, so it sees the tree before remark-mdx-frontmatter turns the YAML into an export.
        options.remarkPlugins = [remarkGuideStructure(structure), ...(options.remarkPlugins ?? [])];
        return options;
      },
    });
    code = bundled.code;
  } catch (cause) {
    error(mdxErrorLine(cause), `MDX syntax error: ${mdxErrorMessage(cause)}`);
  }
  for (const problem of structure.issues) error(problem.line, problem.message);

  if (issues.length > 0 || !frontmatter.success || code === undefined) return { issues };
  const platform = platforms.get(frontmatter.data.platform);
  return {
    issues,
    guide: { ...frontmatter.data, slug, platformName: platform?.name ?? frontmatter.data.platform, steps: structure.steps, deviceVariants: structure.deviceVariants, code },
  };
}

/** Finds the line of a frontmatter key path such as ["sources", 0, "url"], falling back to its parent. */
function frontmatterLine(source: string, keyPath: readonly PropertyKey[]): number {
  const lines = source.split("\n");
  const [top, index, sub] = keyPath;
  if (typeof top !== "string") return 1;
  const topLine = lines.findIndex((line) => line.startsWith(`${top}:`));
  if (topLine === -1) return 1;
  if (typeof index !== "number") return topLine + 1;
  let item = -1;
  for (let line = topLine + 1; line < lines.length && /^(\s|-)/.test(lines[line] ?? ""); line += 1) {
    const text = lines[line] ?? "";
    if (/^\s*-\s/.test(text)) item += 1;
    if (item === index && (typeof sub !== "string" || new RegExp(`^\\s*(-\\s+)?${sub}:`).test(text))) return line + 1;
  }
  return topLine + 1;
}

function firstLine(cause: unknown): string {
  return (cause instanceof Error ? cause.message : String(cause)).split("\n")[0] ?? "unknown error";
}

function yamlErrorLine(cause: unknown): number {
  const mark = (cause as { mark?: { line?: number } }).mark;
  // js-yaml counts from 0 inside the frontmatter, which starts on the file's second line.
  return typeof mark?.line === "number" ? mark.line + 2 : 1;
}

type EsbuildFailure = { errors?: { text?: string; location?: { line?: number } | null; detail?: unknown }[] };

function mdxErrorLine(cause: unknown): number {
  // mdx-bundler hands the whole file, frontmatter included, to MDX, so lines are file lines.
  const failure = (cause as EsbuildFailure).errors?.[0];
  const detail = failure?.detail as { line?: number; place?: { line?: number } } | undefined;
  return detail?.line ?? detail?.place?.line ?? failure?.location?.line ?? 1;
}

function mdxErrorMessage(cause: unknown): string {
  const text = (cause as EsbuildFailure).errors?.[0]?.text ?? firstLine(cause);
  // esbuild wraps MDX's message as "Cannot process MDX file…:\n 22:32: <reason>"; keep the reason.
  const reason = text.split("\n").map((line) => line.trim()).find((line) => /^\d+:\d+/.test(line));
  return (reason ?? text).replace(/^\d+:\d+(-\d+:\d+)?:\s*/, "");
}
