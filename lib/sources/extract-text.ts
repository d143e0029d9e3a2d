import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { SourceWatchHints } from "@/lib/content/guide-schema";

export type ExtractedPage = {
  /** Main text, one block per line, before normalising. */
  text: string;
  /** The page's declared language (<html lang>), lower-cased, if any. */
  lang: string | undefined;
  title: string;
  /** Whether the page has a password field: a login page, not the help page. */
  hasPasswordField: boolean;
  /** Whether the selector from the hints matched anything (always true without a selector). */
  selectorMatched: boolean;
};

const BLOCK = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TD", "TH", "TR", "UL"]);
const NEVER_TEXT = "script, style, noscript, template, svg, iframe, object";

type TextNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<TextNode> };

/**
 * Reads a page's main text: the element the hints' selector names (minus the `remove`
 * selectors), or else what Mozilla's Readability finds. Blocks become lines so diffs stay readable.
 */
export function extractMainText(html: string, hints: Pick<SourceWatchHints, "selector" | "remove">): ExtractedPage {
  const { document } = parseHTML(html);
  const lang = document.documentElement?.getAttribute("lang")?.trim().toLowerCase() || undefined;
  const title = document.querySelector("title")?.textContent?.trim() ?? "";
  const hasPasswordField = document.querySelector('input[type="password"]') !== null;
  for (const element of document.querySelectorAll(NEVER_TEXT)) element.remove();
  for (const selector of hints.remove ?? []) for (const element of document.querySelectorAll(selector)) element.remove();

  if (hints.selector) {
    const root = document.querySelector(hints.selector);
    return { text: root ? blockText(root as unknown as TextNode) : "", lang, title, hasPasswordField, selectorMatched: root !== null };
  }
  // Readability mutates the document it is given; it is ours to throw away.
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (article?.content) {
    const { document: articleDocument } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const text = blockText(articleDocument.body as unknown as TextNode);
    if (text.trim().length > 0) return { text, lang, title, hasPasswordField, selectorMatched: true };
  }
  const body = document.body as unknown as TextNode | null;
  return { text: body ? blockText(body) : "", lang, title, hasPasswordField, selectorMatched: true };
}

function blockText(root: TextNode): string {
  const out: string[] = [];
  const walk = (node: TextNode, pre: boolean) => {
    if (node.nodeType === 3) {
      // HTML collapses source line breaks and runs of spaces (not &nbsp;) to one space, except in
      // <pre>: a re-wrapped paragraph is the same paragraph.
      const text = node.textContent ?? "";
      out.push(pre ? text : text.replace(/[ \t\n\r\f]+/g, " "));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const name = node.nodeName.toUpperCase();
    const block = BLOCK.has(name);
    if (block) out.push("\n");
    for (const child of Array.from(node.childNodes)) walk(child, pre || name === "PRE");
    if (block) out.push("\n");
  };
  walk(root, false);
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
}
