import type { Element, ElementContent, Properties } from "hast";
import { toHtml } from "hast-util-to-html";

/**
 * The HTML part of every email OffSwitch sends, beside its plain-text part: one simple, accessible
 * layout with inline styles only (mail clients drop <style> and classes), a lang attribute, and
 * colours with at least 7:1 contrast. Built as a hast tree and serialized by hast-util-to-html, so
 * every piece of text and every address is escaped by the serializer, never by string pasting.
 */

/** A run of text, a link, or emphasized text inside a paragraph or list item. */
export type EmailInline = string | { link: string; text: string } | { strong: string };

export type EmailBlock =
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; content: EmailInline[] }
  /** The email's main action, drawn as a button: a plain link with a generous tap target. */
  | { kind: "button"; link: string; text: string }
  | { kind: "list"; items: EmailInline[][] }
  /** Secondary text (why you got this, how to stop it), in a muted colour that still has 7:1 contrast. */
  | { kind: "note"; content: EmailInline[] };

export type EmailHtml = { title: string; blocks: readonly EmailBlock[] };

const INK = "#1a1c1e"; // on white: 17:1
const MUTED = "#4a5058"; // on white: 8:1
const LINK = "#1f5f4a"; // on white: 7.4:1; white on it: 7.4:1
const PAGE = "#f4f5f2";
const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

const style = (rules: Record<string, string>) => Object.entries(rules).map(([key, value]) => `${key}:${value}`).join(";");
const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({ type: "element", tagName, properties, children });
const text = (value: string): ElementContent => ({ type: "text", value });

/** Only web addresses become links; anything else (a `javascript:` URL, say) is shown as text. */
function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

function link(href: string, label: string, rules: Record<string, string> = {}): ElementContent {
  if (!isWebAddress(href)) return text(label === href ? label : `${label} (${href})`);
  return element("a", { href, style: style({ color: LINK, "text-decoration": "underline", ...rules }) }, [text(label)]);
}

function inline(content: readonly EmailInline[]): ElementContent[] {
  return content.map((part) => {
    if (typeof part === "string") return text(part);
    if ("link" in part) return link(part.link, part.text);
    return element("strong", {}, [text(part.strong)]);
  });
}

function block(item: EmailBlock): Element {
  switch (item.kind) {
    case "heading":
      return element("h1", { style: style({ margin: "0 0 16px", "font-size": "24px", "line-height": "1.3", color: INK }) }, [text(item.text)]);
    case "subheading":
      return element("h2", { style: style({ margin: "24px 0 8px", "font-size": "19px", "line-height": "1.3", color: INK }) }, [text(item.text)]);
    case "paragraph":
      return element("p", { style: style({ margin: "0 0 16px" }) }, inline(item.content));
    case "button":
      return element("p", { style: style({ margin: "24px 0" }) }, [
        link(item.link, item.text, { display: "inline-block", background: LINK, color: "#ffffff", padding: "12px 20px", "border-radius": "8px", "text-decoration": "none", "font-weight": "600" }),
      ]);
    case "list":
      return element(
        "ul",
        { style: style({ margin: "0 0 16px", padding: "0 0 0 24px" }) },
        item.items.map((content) => element("li", { style: style({ margin: "0 0 8px" }) }, inline(content))),
      );
    case "note":
      return element("p", { style: style({ margin: "0 0 12px", "font-size": "14px", color: MUTED }) }, inline(item.content));
  }
}

/** A complete HTML document for one email. */
export function emailHtml({ title, blocks }: EmailHtml): string {
  const tree = element("html", { lang: "en", dir: "ltr" }, [
    element("head", {}, [
      element("meta", { charSet: "utf-8" }, []),
      element("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }, []),
      element("meta", { name: "color-scheme", content: "light" }, []),
      element("title", {}, [text(title)]),
    ]),
    element("body", { style: style({ margin: "0", padding: "0", background: PAGE }) }, [
      // role="article" with a label is how screen readers in webmail announce where the message starts.
      element("div", { role: "article", ariaRoleDescription: ["email"], ariaLabel: title, lang: "en", style: style({ background: PAGE, padding: "24px 12px" }) }, [
        element(
          "div",
          { style: style({ "max-width": "600px", margin: "0 auto", background: "#ffffff", padding: "24px", "border-radius": "12px", "font-family": FONT, "font-size": "16px", "line-height": "1.5", color: INK }) },
          blocks.map(block),
        ),
      ]),
    ]),
  ]);
  return `<!doctype html>${toHtml(tree, { characterReferences: { useNamedReferences: true }, allowDangerousHtml: false })}`;
}
