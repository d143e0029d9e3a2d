import { describe, expect, it } from "vitest";
import { bundleContentMdx } from "@/server/content/bundle-content-mdx";
import { contentBody, frontmatterLanguage, readFrontmatter } from "@/server/content/frontmatter";

const ran = globalThis as { offswitchFrontmatterUnitRan?: unknown };
const codeFrontmatter = (language: string) => `---${language}\n{ title: (globalThis.offswitchFrontmatterUnitRan = "${language}", "code") }\n---\n\nBody.\n`;

describe("front matter is YAML only", () => {
  it("reads YAML front matter, with or without the yaml language named", () => {
    expect(readFrontmatter("---\ntitle: A guide\n---\nBody\n")).toEqual({ data: { title: "A guide" }, present: true });
    expect(readFrontmatter("---yaml\ntitle: A guide\n---\nBody\n")).toEqual({ data: { title: "A guide" }, present: true });
    expect(frontmatterLanguage("----\nnot front matter")).toBeUndefined();
    expect(frontmatterLanguage("--- js \n{}\n---")).toBe("js");
  });

  it.each(["js", "javascript", "JS", " js", "coffee", "cson", "json", "toml"])("refuses `---%s` without running it", (language) => {
    delete ran.offswitchFrontmatterUnitRan;
    const read = readFrontmatter(codeFrontmatter(language));
    expect(read.yamlError?.line).toBe(1);
    expect(read.yamlError?.message).toMatch(/^frontmatter must be YAML/);
    expect(ran.offswitchFrontmatterUnitRan).toBeUndefined();
  });

  it("never evaluates code front matter on the other paths that read it (mdx-bundler, the body reader)", async () => {
    delete ran.offswitchFrontmatterUnitRan;
    const bundled = await bundleContentMdx(codeFrontmatter("js"), () => () => undefined);
    expect(bundled.code).toBeUndefined();
    expect(() => contentBody(codeFrontmatter("javascript"))).toThrow(/front matter must be YAML/);
    expect(ran.offswitchFrontmatterUnitRan).toBeUndefined();
  });
});
