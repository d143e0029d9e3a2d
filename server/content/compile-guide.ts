import "server-only";
import { frontmatterProblems, readFrontmatter } from "@/server/content/frontmatter";
import path from "node:path";
import type { Root } from "mdast";
import type { ContentIssue } from "@/lib/content/content-issue";
import { GUIDE_SLUG_PATTERN } from "@/lib/content/content-constants";
import { guideFrontmatterSchema, type CompiledGuide, type Platform } from "@/lib/content/guide-schema";
import { remarkGuideStructure, type GuideStructure } from "@/lib/content/guide-structure";
import { firstDeepLink, layoutGuideTree, type GuideShortcut } from "@/lib/content/guide-layout";
import { isAfterLatestTimezoneToday } from "@/lib/content/dates";
import { frontmatterLine } from "@/lib/content/frontmatter-lines";
import { bundleContentMdx } from "@/server/content/bundle-content-mdx";

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

  const read = readFrontmatter(source);
  if (read.yamlError) {
    error(read.yamlError.line, read.yamlError.message);
    return { issues };
  }
  const { data, present: hasFrontmatter } = read;
  if (!hasFrontmatter) error(1, "missing frontmatter: a guide starts with a --- block of YAML");

  const frontmatter = guideFrontmatterSchema.safeParse(data);
  if (!frontmatter.success && hasFrontmatter) {
    for (const problem of frontmatterProblems(frontmatter.error, source, data)) error(problem.line, problem.message);
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
  let shortcut: GuideShortcut | undefined;
  const checkThenLayOut = () => {
    const check = remarkGuideStructure(structure)();
    return (tree: Root) => {
      check(tree);
      if (structure.issues.length > 0) return;
      shortcut = firstDeepLink(tree);
      layoutGuideTree(tree);
    };
  };
  const { code, syntaxError } = await bundleContentMdx(source, checkThenLayOut);
  if (syntaxError) error(syntaxError.line, syntaxError.message);
  for (const problem of structure.issues) error(problem.line, problem.message);

  if (frontmatter.success && structure.issues.length === 0) {
    // Anchors name steps by id; an anchor on a step that does not exist would never flag anything.
    const stepIds = new Set(structure.steps.map((step) => step.id));
    frontmatter.data.anchors.forEach((anchor, index) => {
      if (!stepIds.has(anchor.step)) error(frontmatterLine(source, ["anchors", index, "step"]), `frontmatter anchors.${index}.step: "${anchor.step}" is not a step of this guide`);
    });
  }

  // The nearest page stands in for a missing direct link; beside one it would only compete with it.
  if (frontmatter.success && frontmatter.data.nearestLink && shortcut) {
    error(frontmatterLine(source, ["nearestLink"]), "frontmatter nearestLink is for guides without a <DeepLink>; this guide has one, so remove nearestLink");
  }

  if (issues.length > 0 || !frontmatter.success || code === undefined) return { issues };
  const platform = platforms.get(frontmatter.data.platform);
  return {
    issues,
    guide: { ...frontmatter.data, slug, platformName: platform?.name ?? frontmatter.data.platform, steps: structure.steps, deviceVariants: structure.deviceVariants, shortcut, code },
  };
}
