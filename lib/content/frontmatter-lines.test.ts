import { describe, expect, it } from "vitest";
import { bodyStartLine, frontmatterLine } from "@/lib/content/frontmatter-lines";

const source = ["---", "title: A", "steps:", "  - one", "  - two", "sources:", "  - title: T", "    url: https://example.com", "---", "", "title: not frontmatter"].join("\n");

describe("frontmatterLine", () => {
  it("finds top-level keys, list items and keys inside list items", () => {
    expect(frontmatterLine(source, ["title"])).toBe(2);
    expect(frontmatterLine(source, ["steps", 1])).toBe(5);
    expect(frontmatterLine(source, ["sources", 0, "url"])).toBe(8);
  });

  it("falls back to the parent key, then to line 1, and ignores the body", () => {
    expect(frontmatterLine(source, ["steps", 7])).toBe(3);
    expect(frontmatterLine(source, ["summary"])).toBe(1);
    expect(frontmatterLine("no frontmatter\ntitle: x", ["title"])).toBe(1);
  });

  it("knows where the body starts", () => {
    expect(bodyStartLine(source)).toBe(10);
    expect(bodyStartLine("plain")).toBe(1);
  });
});
