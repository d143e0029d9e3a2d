import type { Root, RootContent } from "mdast";
// Registers the MDX node types (expressions, ESM, JSX) with mdast's content maps.
import type {} from "mdast-util-mdx";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { CHANGE_MDX_COMPONENT_NAMES } from "@/lib/content/change-constants";
import type { StructureIssue } from "@/lib/content/guide-structure";
import { linkProblem } from "@/lib/content/links";
import { CALLOUT_TONES } from "@/lib/content/mdx-allowlist";

/** What the remark pass learns about a change entry's body. */
export type ChangeBodyStructure = { issues: StructureIssue[]; isEmpty: boolean };

type AnyNode = Root | RootContent;
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const ALLOWED = CHANGE_MDX_COMPONENT_NAMES as readonly string[];

/**
 * A remark plugin for change entry bodies: short Markdown that may use <Callout> and nothing else
 * (no steps, no imports, no expressions), with well-formed links. Collects every problem with its
 * file line instead of throwing.
 */
export function remarkChangeBody(structure: ChangeBodyStructure) {
  return () => (tree: Root) => {
    const report = (node: AnyNode, message: string) => structure.issues.push({ line: node.position?.start.line ?? 1, message });

    const walk = (node: AnyNode) => {
      if (node.type === "mdxjsEsm") report(node, "imports and exports are not allowed in change entries");
      if ((node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") && !isComment(node.value)) {
        report(node, "JavaScript expressions are not allowed in change entries");
      }
      if (node.type === "link" || node.type === "definition") {
        const problem = linkProblem(node.url);
        if (problem) report(node, problem);
      }
      if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") checkElement(node);
      if ("children" in node) for (const child of node.children) walk(child);
    };

    const checkElement = (node: JsxElement) => {
      const name = node.name ?? "<>";
      if (!ALLOWED.includes(name)) {
        report(node, `<${name}> is not allowed in change entries (allowed: ${ALLOWED.join(", ")})`);
        return;
      }
      for (const attribute of node.attributes) {
        if (attribute.type === "mdxJsxExpressionAttribute") report(node, `<${name}>: spread attributes are not allowed`);
        else if (attribute.name === "tone" && !(typeof attribute.value === "string" && (CALLOUT_TONES as readonly string[]).includes(attribute.value))) {
          report(node, `<Callout> tone must be one of ${CALLOUT_TONES.join(", ")}`);
        }
      }
    };

    walk(tree);
    structure.isEmpty = !tree.children.some((node) => node.type !== "yaml" && !(node.type === "mdxFlowExpression" && isComment(node.value)));
  };
}

function isComment(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);
}
