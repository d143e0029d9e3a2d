import { describe, expect, it } from "vitest";
import { createProcessor } from "@mdx-js/mdx";
import remarkFrontmatter from "remark-frontmatter";
import type { Root, RootContent } from "mdast";
import { firstDeepLink, layoutGuideTree } from "@/lib/content/guide-layout";

const parse = (source: string) => createProcessor({ remarkPlugins: [remarkFrontmatter] }).parse(source) as Root;
const names = (tree: Root) =>
  tree.children.map((node: RootContent) => ("name" in node && node.name ? node.name : node.type === "heading" ? `h${node.depth}` : node.type));

const GUIDE = `---
title: Test
---

## Why this matters

Because.

<Steps>
<Step id="one" title="One">

<DeepLink href="https://example.com/setting">Open the setting</DeepLink>

<Device name="web">

Click it.

</Device>

<Device name="ios">

Tap **it**.

<MenuPath items={["Profile picture", "Settings"]} />

</Device>

<Device name="android">

Tap **it**.

<MenuPath items={["Profile picture", "Settings"]} />

</Device>

</Step>
<Step id="two" title="Two">

<Device name="ios">

Tap here.

</Device>

<Device name="android">

Tap there.

</Device>

</Step>
</Steps>

## Check it worked

It reads Off.

## Questions

Some.
`;

describe("layoutGuideTree", () => {
  it("puts the steps first, then the check, the slot, the folded why, and the questions", () => {
    const tree = parse(GUIDE);
    layoutGuideTree(tree);
    expect(names(tree)).toEqual(["yaml", "Steps", "h2", "paragraph", "AfterCheck", "GuideFold", "h2", "paragraph"]);
    const fold = tree.children[5]!;
    expect(fold.type === "mdxJsxFlowElement" && fold.attributes).toEqual([{ type: "mdxJsxAttribute", name: "title", value: "Why this matters" }]);
  });

  it("prints identical iPhone and Android instructions once, and different ones twice", () => {
    const tree = parse(GUIDE);
    layoutGuideTree(tree);
    const steps = tree.children[1]!;
    if (steps.type !== "mdxJsxFlowElement") throw new Error("expected <Steps>");
    const devicesOf = (index: number) => {
      const step = steps.children[index];
      if (step?.type !== "mdxJsxFlowElement") throw new Error("expected <Step>");
      return step.children.flatMap((child) =>
        child.type === "mdxJsxFlowElement" && child.name === "Device" ? [child.attributes.map((a) => ("name" in a ? `${a.name}=${String(a.value)}` : "")).join(" ")] : [],
      );
    };
    expect(devicesOf(0)).toEqual(["name=web", "name=ios also=android"]);
    expect(devicesOf(1)).toEqual(["name=ios", "name=android"]);
  });

  it("with nothing after the steps but a callout, the slot comes before the questions", () => {
    const tree = parse(`<Steps>\n<Step id="a" title="A">\nDo.\n</Step>\n</Steps>\n\n<Callout>\n\nNote.\n\n</Callout>\n\n## Questions\n\nQ.\n`);
    layoutGuideTree(tree);
    expect(names(tree)).toEqual(["Steps", "Callout", "AfterCheck", "h2", "paragraph"]);
  });
});

describe("firstDeepLink", () => {
  it("finds the first direct link with its words, skipping nearest-page links", () => {
    expect(firstDeepLink(parse(GUIDE))).toEqual({ href: "https://example.com/setting", label: "Open the setting" });
    expect(firstDeepLink(parse(`<DeepLink kind="nearest" href="https://example.com/settings">Settings</DeepLink>`))).toBeUndefined();
  });
});
