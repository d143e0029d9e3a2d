import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { extractLinks } from "@/lib/mail/captured-message";
import { emailHtml } from "@/lib/mail/email-html";

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" 'single'`;

/** The email as a mail client's HTML parser sees it. */
const parse = (html: string) => parseHTML(html).document;

describe("emailHtml", () => {
  it("is a whole document in English, with a labelled article and inline styles only", () => {
    const html = emailHtml({ title: "Your OffSwitch sign-in link", blocks: [{ kind: "paragraph", content: ["Hello"] }] });
    expect(html.startsWith("<!doctype html><html lang=\"en\" dir=\"ltr\">")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>Your OffSwitch sign-in link</title>");
    expect(html).toContain('role="article" aria-roledescription="email" aria-label="Your OffSwitch sign-in link"');
    expect(html).not.toMatch(/<style|class=/);
  });

  it("escapes hostile text everywhere it can appear: title, headings, paragraphs, link text and list items", () => {
    const html = emailHtml({
      title: HOSTILE,
      blocks: [
        { kind: "heading", text: HOSTILE },
        { kind: "subheading", text: HOSTILE },
        { kind: "paragraph", content: [HOSTILE, { strong: HOSTILE }, { link: "https://offswitch.example/guides/a?x=1&y=2", text: HOSTILE }] },
        { kind: "list", items: [[HOSTILE]] },
        { kind: "note", content: [HOSTILE] },
        { kind: "button", link: "https://offswitch.example/", text: HOSTILE },
      ],
    });
    const document = parse(html);
    // Parsed, nothing hostile became an element or an attribute: every piece is the text it was.
    expect(document.querySelectorAll("script, img, [onerror]")).toHaveLength(0);
    expect(document.querySelector("title")?.textContent).toBe(HOSTILE);
    expect(document.querySelector("[role=article]")?.getAttribute("aria-label")).toBe(HOSTILE);
    for (const selector of ["h1", "h2", "strong", "li", "a[href^='https://offswitch.example/guides']"]) expect(document.querySelector(selector)?.textContent).toBe(HOSTILE);
    expect(document.querySelector("a")?.getAttribute("href")).toBe("https://offswitch.example/guides/a?x=1&y=2");
    expect(html).toContain("&lt;script>alert(\"x\")&lt;/script>&lt;img src=x onerror=alert(1)> &amp; \"quotes\" 'single'");
  });

  it("never makes a link of an address that is not http(s), and cannot be broken out of by one", () => {
    const html = emailHtml({
      title: "t",
      blocks: [
        { kind: "paragraph", content: [{ link: "javascript:alert(1)", text: "Open" }] },
        { kind: "button", link: 'https://offswitch.example/"><script>alert(1)</script>', text: "Go" },
      ],
    });
    const document = parse(html);
    expect(html).not.toContain('href="javascript:');
    expect(document.querySelector("p")?.textContent).toBe("Open (javascript:alert(1))");
    expect(document.querySelectorAll("script")).toHaveLength(0);
    const links = [...document.querySelectorAll("a")];
    expect(links.map((anchor) => anchor.getAttribute("href"))).toEqual(['https://offswitch.example/"><script>alert(1)</script>']);
    expect(links[0]?.textContent).toBe("Go");
  });

  it("keeps every link readable by the mailbox tools, in order", () => {
    const html = emailHtml({
      title: "t",
      blocks: [
        { kind: "button", link: "https://offswitch.example/api/auth/callback/nodemailer?token=a&email=b%40c.test", text: "Sign in" },
        { kind: "note", content: [{ link: "https://offswitch.example/stop?token=z", text: "Stop" }] },
      ],
    });
    expect(extractLinks({ text: null, html })).toEqual(["https://offswitch.example/api/auth/callback/nodemailer?token=a&email=b%40c.test", "https://offswitch.example/stop?token=z"]);
  });
});
