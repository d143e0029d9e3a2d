import { describe, expect, it } from "vitest";
import { changeBodyHtml } from "@/server/content/change-html";

describe("changeBodyHtml", () => {
  it("renders Markdown, turns a Callout into a blockquote and drops comments and raw HTML", () => {
    const source = [
      "---",
      "title: x",
      "---",
      "",
      "Open **the setting** via [the guide](/guides/linkedin-ai-training).",
      "",
      "{/* a note for editors */}",
      "",
      '<Callout tone="info">',
      "",
      "Opting out stops future training only.",
      "",
      "</Callout>",
    ].join("\n");
    const html = changeBodyHtml(source);
    expect(html).toContain('<p>Open <strong>the setting</strong> via <a href="/guides/linkedin-ai-training">the guide</a>.</p>');
    expect(html).toContain("<blockquote>\n<p>Opting out stops future training only.</p>\n</blockquote>");
    expect(html).not.toContain("editors");
    expect(html).not.toContain("title: x");
  });
});
