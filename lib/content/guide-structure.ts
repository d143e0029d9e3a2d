import type { Root, RootContent } from "mdast";
// Registers the MDX node types (expressions, ESM, JSX) with mdast's content maps.
import type {} from "mdast-util-mdx";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { DEVICES, STEP_ID_PATTERN, type Device } from "@/lib/content/content-constants";
import type { GuideStep } from "@/lib/content/guide-schema";
import { CALLOUT_TONES, MDX_COMPONENT_NAMES, isAllowedMdxComponent } from "@/lib/content/mdx-allowlist";
import { linkProblem } from "@/lib/content/links";

export type StructureIssue = { line: number; message: string };

/** What the remark pass learns about a guide body: its steps in order, and what is wrong with it. */
export type GuideStructure = { steps: GuideStep[]; deviceVariants: Device[]; issues: StructureIssue[] };

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type AnyNode = Root | RootContent;

/**
 * A remark plugin that walks the MDX tree once, collecting the checklist steps (ids and titles,
 * in order) and every rule violation with its line, without throwing, so a check reports all
 * problems at once. Positions are file lines: mdx-bundler parses the frontmatter too.
 */
export function remarkGuideStructure(structure: GuideStructure) {
  return () => (tree: Root) => {
    const seenIds = new Map<string, number>();
    let stepsBlocks = 0;
    let stepElements = 0;
    const report = (node: AnyNode, message: string) =>
      structure.issues.push({ line: (node.position?.start.line ?? 1), message });

    const walk = (node: AnyNode, ancestors: string[]) => {
      if (node.type === "mdxjsEsm") report(node, "imports and exports are not allowed in guides; use the components in components/mdx");
      if ((node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") && !isComment(node.value)) {
        report(node, "JavaScript expressions are not allowed in guide text");
      }
      if (node.type === "link" || node.type === "definition") {
        const problem = linkProblem(node.url);
        if (problem) report(node, problem);
      }
      if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        checkElement(node, ancestors);
        if (node.name === "Steps") stepsBlocks += 1;
      }
      if ("children" in node) {
        const name = node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement" ? node.name : null;
        const next = name ? [...ancestors, name] : ancestors;
        for (const child of node.children) walk(child, next);
      }
    };

    const checkElement = (node: JsxElement, ancestors: string[]) => {
      const name = node.name ?? "<>";
      if (!isAllowedMdxComponent(name)) {
        report(node, `<${name}> is not an allowed component (allowed: ${MDX_COMPONENT_NAMES.join(", ")})`);
        return;
      }
      const attrs = readAttributes(node);
      for (const problem of attrs.problems) report(node, `<${name}>: ${problem}`);
      switch (name) {
        case "Steps":
          if (ancestors.length > 0) report(node, "<Steps> must be at the top level of the guide");
          break;
        case "Step": {
          stepElements += 1;
          if (ancestors.at(-1) !== "Steps") report(node, "<Step> must sit directly inside <Steps>");
          const id = attrs.strings.get("id");
          const title = attrs.strings.get("title");
          if (id === undefined) report(node, '<Step> needs an id attribute, for example id="open-settings"');
          else if (!STEP_ID_PATTERN.test(id)) report(node, `step id "${id}" must be kebab-case (lowercase letters, digits and single hyphens)`);
          else if (seenIds.has(id)) report(node, `duplicate step id "${id}" (first used on line ${seenIds.get(id)})`);
          if (!title?.trim()) report(node, "<Step> needs a non-empty title attribute");
          if (id !== undefined && STEP_ID_PATTERN.test(id) && !seenIds.has(id)) {
            seenIds.set(id, (node.position?.start.line ?? 1));
            structure.steps.push({ id, title: title?.trim() ?? id });
          }
          break;
        }
        case "Device": {
          const device = attrs.strings.get("name");
          if (!ancestors.includes("Step")) report(node, "<Device> must sit inside a <Step>");
          if (!device || !isDevice(device)) report(node, `<Device> needs name set to one of ${DEVICES.join(", ")}`);
          else if (!structure.deviceVariants.includes(device)) structure.deviceVariants.push(device);
          break;
        }
        case "DeepLink": {
          const href = attrs.strings.get("href");
          const kind = attrs.strings.get("kind");
          if (kind !== undefined && kind !== "direct" && kind !== "nearest") report(node, '<DeepLink> kind must be "direct" or "nearest"');
          if (href === undefined) report(node, "<DeepLink> needs an href attribute");
          else if (!href.startsWith("https://")) report(node, `<DeepLink> href "${href}" must be an absolute https:// URL`);
          else {
            const problem = linkProblem(href);
            if (problem) report(node, problem);
          }
          break;
        }
        case "MenuPath": {
          const items = attrs.expressions.get("items");
          if (!isStringArrayLiteral(items)) report(node, '<MenuPath> needs items={["First", "Second"]}: a list of the labels to tap or click, in order');
          break;
        }
        case "Question":
          if (ancestors.at(-1) !== "Faq") report(node, "<Question> must sit directly inside <Faq>");
          if (!attrs.strings.get("q")?.trim()) report(node, "<Question> needs a non-empty q attribute");
          break;
        case "Callout": {
          const tone = attrs.strings.get("tone");
          if (tone !== undefined && !(CALLOUT_TONES as readonly string[]).includes(tone)) report(node, `<Callout> tone must be one of ${CALLOUT_TONES.join(", ")}`);
          break;
        }
        default:
          break;
      }
    };

    walk(tree, []);
    if (stepsBlocks !== 1) {
      structure.issues.push({ line: 1, message: `a guide needs exactly one <Steps> block (found ${stepsBlocks})` });
    } else if (stepElements === 0) {
      structure.issues.push({ line: 1, message: "a guide needs at least one <Step>" });
    }
  };
}

function isDevice(name: string): name is Device {
  return (DEVICES as readonly string[]).includes(name);
}

function isComment(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);
}

function isStringArrayLiteral(source: string | undefined): boolean {
  if (source === undefined) return false;
  try {
    const value: unknown = JSON.parse(source);
    return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string" && item.trim().length > 0);
  } catch {
    return false;
  }
}

function readAttributes(node: JsxElement) {
  const strings = new Map<string, string>();
  const expressions = new Map<string, string>();
  const problems: string[] = [];
  for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      problems.push("spread attributes are not allowed");
      continue;
    }
    if (typeof attribute.value === "string") strings.set(attribute.name, attribute.value);
    else if (attribute.value && typeof attribute.value === "object") expressions.set(attribute.name, attribute.value.value);
  }
  return { strings, expressions, problems };
}
