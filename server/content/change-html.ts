import "server-only";
import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toHtml } from "hast-util-to-html";
import { toHast, type State } from "mdast-util-to-hast";
import { parseMdxBody } from "@/server/content/parse-mdx-body";

/**
 * A change entry's body as plain HTML for feed readers, made at content-build time beside the MDX
 * bundle (route handlers may not use react-dom/server). Change bodies are Markdown plus <Callout>
 * (remarkChangeBody allows nothing else), so a Callout becomes a <blockquote> with its content and
 * comments are dropped; raw HTML in the Markdown is not passed through. Links stay as written:
 * the feed makes site-relative ones absolute (absolutizeLinks).
 */
export function changeBodyHtml(source: string): string {
  const tree: Root = parseMdxBody(source);
  const callout = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element => ({
    type: "element",
    tagName: node.type === "mdxJsxFlowElement" ? "blockquote" : "span",
    properties: {},
    children: state.wrap(state.all(node) as ElementContent[], true),
  });
  const hast = toHast(tree, {
    allowDangerousHtml: false,
    handlers: {
      mdxJsxFlowElement: callout,
      mdxJsxTextElement: callout,
      mdxFlowExpression: () => undefined,
      mdxTextExpression: () => undefined,
      mdxjsEsm: () => undefined,
    },
  }) as HastRoot;
  return toHtml(hast).trim();
}
