import type { Root, RootContent } from "mdast";
import type {} from "mdast-util-mdx";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { DEVICES, type Device } from "@/lib/content/content-constants";

/** Instructions for one device, or for every device (`device: null`) when the step has no <Device>. */
export type DeviceInstructions = { device: Device | null; menuPath: string[] | null; deepLinks: { url: string; label: string }[] };

export type StepDetails = {
  id: string;
  title: string;
  instructions: DeviceInstructions[];
  /** The texts of the step's <Verify> blocks: what a person should see when it worked. */
  expectedEndState: string[];
};

/** Every external link a content body points at: Markdown links and DeepLinks. */
export type BodyLink = { url: string; kind: "markdown" | "deep-link" };

type AnyNode = Root | RootContent;
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsx(node: AnyNode): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

function stringAttribute(node: JsxElement, name: string): string | undefined {
  const attribute = node.attributes.find((candidate) => candidate.type === "mdxJsxAttribute" && candidate.name === name);
  return attribute && "value" in attribute && typeof attribute.value === "string" ? attribute.value : undefined;
}

/** MenuPath items are a JSON-compatible array literal (content:check enforces it). */
function menuItems(node: JsxElement): string[] | null {
  const attribute = node.attributes.find((candidate) => candidate.type === "mdxJsxAttribute" && candidate.name === "items");
  const source = attribute && "value" in attribute && attribute.value && typeof attribute.value === "object" ? attribute.value.value : undefined;
  try {
    const items: unknown = JSON.parse(source ?? "");
    return Array.isArray(items) && items.every((item) => typeof item === "string") ? items : null;
  } catch {
    return null;
  }
}

export function plainText(node: AnyNode): string {
  if ("value" in node && typeof node.value === "string" && (node.type === "text" || node.type === "inlineCode")) return node.value;
  if (!("children" in node)) return "";
  // Blocks are separated by a space; inline children (text, emphasis, links) join as written.
  const separator = ["root", "mdxJsxFlowElement", "list", "listItem", "blockquote"].includes(node.type) ? " " : "";
  return (node.children as AnyNode[]).map(plainText).join(separator).replace(/\s+/g, " ").trim();
}

function* descendants(node: AnyNode): Generator<AnyNode> {
  yield node;
  if ("children" in node) for (const child of node.children as AnyNode[]) yield* descendants(child);
}

function instructionsIn(scope: AnyNode, device: Device | null, skipDevices: boolean): DeviceInstructions {
  const result: DeviceInstructions = { device, menuPath: null, deepLinks: [] };
  const visit = (node: AnyNode) => {
    if (isJsx(node) && node.name === "Device" && skipDevices) return;
    if (isJsx(node) && node.name === "MenuPath") result.menuPath ??= menuItems(node);
    if (isJsx(node) && node.name === "DeepLink") {
      const url = stringAttribute(node, "href");
      if (url) result.deepLinks.push({ url, label: plainText(node) });
    }
    if ("children" in node) for (const child of node.children as AnyNode[]) visit(child);
  };
  visit(scope);
  return result;
}

/** Reads each <Step>'s menu paths, deep links and expected end state from a parsed guide body. */
export function stepDetails(tree: Root): StepDetails[] {
  const steps: StepDetails[] = [];
  for (const node of descendants(tree)) {
    if (!isJsx(node) || node.name !== "Step") continue;
    const id = stringAttribute(node, "id");
    if (!id) continue;
    const devices = [...descendants(node)].filter((child): child is JsxElement => isJsx(child) && child.name === "Device");
    const shared = instructionsIn(node, null, true);
    const perDevice = devices.map((element) => {
      const name = stringAttribute(element, "name");
      return instructionsIn(element, (DEVICES as readonly string[]).includes(name ?? "") ? (name as Device) : null, false);
    });
    const hasShared = shared.menuPath !== null || shared.deepLinks.length > 0;
    steps.push({
      id,
      title: stringAttribute(node, "title")?.trim() ?? id,
      instructions: [...(hasShared || perDevice.length === 0 ? [shared] : []), ...perDevice],
      expectedEndState: [...descendants(node)].filter((child) => isJsx(child) && child.name === "Verify").map(plainText),
    });
  }
  return steps;
}

/** Every link in a body, in document order, for the link checker. */
export function bodyLinks(tree: Root): BodyLink[] {
  const links: BodyLink[] = [];
  for (const node of descendants(tree)) {
    if ((node.type === "link" || node.type === "definition") && /^https?:\/\//.test(node.url)) links.push({ url: node.url, kind: "markdown" });
    if (isJsx(node) && node.name === "DeepLink") {
      const url = stringAttribute(node, "href");
      if (url) links.push({ url, kind: "deep-link" });
    }
  }
  return links;
}
