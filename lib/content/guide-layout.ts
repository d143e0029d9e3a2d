import type { Root, RootContent } from "mdast";
import type {} from "mdast-util-mdx";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";

/**
 * Internal components the layout pass adds; guides cannot use them (the structure pass checks the
 * source against the allowlist before this pass runs). GuideBody supplies them.
 */
export const LAYOUT_COMPONENT_NAMES = ["GuideFold", "AfterCheck"] as const;

/** The first direct link to the setting a guide offers, for the shortcut above its steps. */
export type GuideShortcut = { href: string; label: string };

/**
 * Reorders a guide for a phone: the steps come first. What a guide says before its <Steps> (its
 * "Why this matters") moves below the checklist, folded; the AfterCheck slot (what to do next, the
 * alert form) goes after the first section that follows the steps ("Check it worked"). Identical
 * iPhone and Android instructions inside a step are printed once. Runs after the structure pass,
 * only on valid guides.
 */
export function layoutGuideTree(tree: Root): void {
  mergeIdenticalPhoneVariants(tree);
  const stepsAt = tree.children.findIndex((node) => isJsx(node, "Steps"));
  if (stepsAt < 0) return;
  // Frontmatter (still a yaml node when this runs) stays where remark-mdx-frontmatter looks for it.
  const head = tree.children.slice(0, stepsAt).filter((node) => node.type === "yaml");
  const before = tree.children.slice(0, stepsAt).filter((node) => node.type !== "yaml");
  const after = tree.children.slice(stepsAt + 1);
  const headingsAfter = after.flatMap((node, index) => (node.type === "heading" && node.depth === 2 ? [index] : []));
  const slotAt = after[0]?.type === "heading" ? (headingsAfter[1] ?? after.length) : (headingsAfter[0] ?? after.length);
  const fold = before.length > 0 ? [foldOf(before)] : [];
  tree.children = [...head, tree.children[stepsAt]!, ...after.slice(0, slotAt), jsx("AfterCheck", {}, []), ...fold, ...after.slice(slotAt)];
}

/** The first <DeepLink> in a guide: its address and its words. */
export function firstDeepLink(tree: Root): GuideShortcut | undefined {
  let found: GuideShortcut | undefined;
  const walk = (node: Root | RootContent) => {
    if (found) return;
    if (isJsx(node, "DeepLink")) {
      const href = attribute(node, "href");
      const kind = attribute(node, "kind");
      if (href && kind !== "nearest") found = { href, label: textOf(node).trim() || "Open the setting" };
      return;
    }
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

function foldOf(nodes: RootContent[]): MdxJsxFlowElement {
  const [first, ...rest] = nodes;
  const titled = first?.type === "heading" && first.depth === 2;
  const title = titled ? textOf(first).trim() : "About this guide";
  return jsx("GuideFold", { title }, (titled ? rest : nodes) as MdxJsxFlowElement["children"]);
}

function mergeIdenticalPhoneVariants(node: Root | RootContent): void {
  if (!("children" in node)) return;
  if (isJsx(node, "Step")) {
    const ios = node.children.find((child) => isJsx(child, "Device") && attribute(child, "name") === "ios");
    const android = node.children.find((child) => isJsx(child, "Device") && attribute(child, "name") === "android");
    if (ios && android && "children" in ios && "children" in android && sameContent(ios.children, android.children)) {
      (ios as MdxJsxFlowElement).attributes.push({ type: "mdxJsxAttribute", name: "also", value: "android" });
      node.children = node.children.filter((child) => child !== android);
    }
  }
  for (const child of node.children) mergeIdenticalPhoneVariants(child);
}

/**
 * Equal trees once positions are left out: `position`, and `data` (an attribute expression's
 * parsed estree, whose offsets always differ; its source text stays in `value`).
 */
function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, withoutPositions) === JSON.stringify(b, withoutPositions);
}

function withoutPositions(key: string, value: unknown) {
  return key === "position" || key === "data" ? undefined : value;
}

function isJsx(node: Root | RootContent, name: string): node is MdxJsxFlowElement {
  return (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === name;
}

function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const found = node.attributes.find((attr): attr is MdxJsxAttribute => attr.type === "mdxJsxAttribute" && attr.name === name);
  return typeof found?.value === "string" ? found.value : undefined;
}

function textOf(node: Root | RootContent): string {
  if ("value" in node && typeof node.value === "string" && (node.type === "text" || node.type === "inlineCode")) return node.value;
  return "children" in node ? node.children.map(textOf).join("") : "";
}

function jsx(name: string, attributes: Record<string, string>, children: MdxJsxFlowElement["children"]): MdxJsxFlowElement {
  return {
    type: "mdxJsxFlowElement",
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: "mdxJsxAttribute", name: key, value })),
    children,
  };
}
