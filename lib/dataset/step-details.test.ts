import { createProcessor } from "@mdx-js/mdx";
import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { bodyLinks, stepDetails } from "@/lib/dataset/step-details";

const parse = (source: string) => createProcessor().parse(source) as Root;

const body = `
Read [the help page](https://example.com/help) first.

<Steps>

<Step id="open-settings" title="Open Settings">

<MenuPath items={["Profile", "Settings"]} />

<DeepLink href="https://example.com/settings">Open the settings</DeepLink>

</Step>

<Step id="turn-off" title="Turn it off">

<Device name="web">

<MenuPath items={["Settings", "Privacy", "AI"]} />

</Device>

<Device name="ios">

<MenuPath items={["Menu", "Privacy"]} />

<DeepLink href="https://example.com/app">Open in the app</DeepLink>

</Device>

<Verify>The toggle reads **Off**.</Verify>

</Step>

</Steps>
`;

describe("stepDetails", () => {
  it("reads shared instructions for a step without device variants", () => {
    const [first] = stepDetails(parse(body));
    expect(first).toEqual({
      id: "open-settings",
      title: "Open Settings",
      instructions: [{ device: null, menuPath: ["Profile", "Settings"], deepLinks: [{ url: "https://example.com/settings", label: "Open the settings" }] }],
      expectedEndState: [],
    });
  });

  it("reads each device's menu path and deep links, and the expected end state", () => {
    const [, second] = stepDetails(parse(body));
    expect(second?.instructions).toEqual([
      { device: "web", menuPath: ["Settings", "Privacy", "AI"], deepLinks: [] },
      { device: "ios", menuPath: ["Menu", "Privacy"], deepLinks: [{ url: "https://example.com/app", label: "Open in the app" }] },
    ]);
    expect(second?.expectedEndState).toEqual(["The toggle reads Off."]);
  });
});

describe("bodyLinks", () => {
  it("lists Markdown links and deep links in document order", () => {
    expect(bodyLinks(parse(body))).toEqual([
      { url: "https://example.com/help", kind: "markdown" },
      { url: "https://example.com/settings", kind: "deep-link" },
      { url: "https://example.com/app", kind: "deep-link" },
    ]);
  });
});
