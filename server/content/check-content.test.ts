import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { formatContentIssue } from "@/lib/content/content-issue";
import { checkContent } from "@/server/content/check-content";

const root = process.cwd();
const badFixtures = path.join(root, "tests/fixtures/content-bad");
const now = new Date("2026-12-04T12:00:00Z");
const run = promisify(execFile);

describe("checkContent on the published content", () => {
  it("finds no problems and compiles every guide", async () => {
    const { issues, guides } = await checkContent(path.join(root, "content"), now);
    expect(issues.filter((issue) => issue.severity === "error").map(formatContentIssue)).toEqual([]);
    expect(guides.map((guide) => guide.slug)).toEqual(expect.arrayContaining(["linkedin-ai-training", "review-privacy-settings"]));
  });

  it("compiles the sourced change entries and registers every published step", async () => {
    const { changes, guides, publishedSteps } = await checkContent(path.join(root, "content"), now);
    expect(changes.map((change) => change.id)).toEqual(
      expect.arrayContaining(["2024-09-18-linkedin-ai-training-setting-on-by-default", "2025-11-03-linkedin-ai-training-europe-uk-canada-hong-kong"]),
    );
    for (const change of changes) {
      expect(change.code.length).toBeGreaterThan(0);
      if (change.kind !== "guide-corrected") expect(change.sources.length).toBeGreaterThan(0);
    }
    for (const guide of guides) expect(Object.keys(publishedSteps[guide.slug] ?? {})).toEqual(expect.arrayContaining(guide.steps.map((step) => step.id)));
  });

  it("reads the LinkedIn checklist's steps by their explicit ids, in order", async () => {
    const { guides } = await checkContent(path.join(root, "content"), now);
    const linkedin = guides.find((guide) => guide.slug === "linkedin-ai-training");
    expect(linkedin?.steps.map((step) => step.id)).toEqual([
      "sign-in",
      "open-settings",
      "open-data-privacy",
      "find-generative-ai-setting",
      "turn-off-ai-training",
    ]);
    expect(linkedin?.deviceVariants).toEqual(expect.arrayContaining(["web", "ios", "android"]));
  });
});

describe("checkContent on bad fixtures", () => {
  const expected: [file: string, line: number, message: string][] = [
    ["missing-frontmatter.mdx", 1, "missing frontmatter"],
    ["invalid-frontmatter.mdx", 1, "frontmatter summary is required"],
    ["invalid-frontmatter.mdx", 6, 'frontmatter difficulty: Invalid option: expected one of "easy"|"moderate"|"involved"'],
    ["missing-step-id.mdx", 19, "<Step> needs an id attribute"],
    ["duplicate-step-id.mdx", 24, 'duplicate step id "open-settings" (first used on line 19)'],
    ["step-id-not-kebab.mdx", 19, 'step id "Open_Settings" must be kebab-case'],
    ["disallowed-component.mdx", 26, "<iframe> is not an allowed component"],
    ["disallowed-component.mdx", 28, "<Tracker> is not an allowed component"],
    ["malformed-url.mdx", 18, 'URL "http://www.linkedin.com/legal" must use https://'],
    ["malformed-url.mdx", 23, '<DeepLink> href "https:/broken" must be an absolute https:// URL'],
    ["future-last-verified.mdx", 10, "frontmatter lastVerified 2099-12-31 is in the future"],
    ["mdx-syntax-error.mdx", 21, "MDX syntax error: Could not parse expression with acorn"],
    ["js-frontmatter.mdx", 1, 'frontmatter must be YAML (a plain --- line): "---js" is refused'],
    ["javascript-frontmatter.mdx", 1, 'frontmatter must be YAML (a plain --- line): "---javascript" is refused'],
    ["coffee-frontmatter.mdx", 1, 'frontmatter must be YAML (a plain --- line): "---coffee" is refused'],
    ["bad-anchors.mdx", 17, 'frontmatter anchors.0.step: "no-such-step" is not a step of this guide'],
    ["anchor-unofficial-source.mdx", 22, "frontmatter anchors.0.source: must be the url of one of this guide's official sources"],
    ["nearest-beside-deep-link.mdx", 11, "frontmatter nearestLink is for guides without a <DeepLink>; this guide has one, so remove nearestLink"],
  ];

  it.each(expected)("%s:%i reports %s", async (file, line, message) => {
    const { issues } = await checkContent(badFixtures, now);
    const lines = issues.map(formatContentIssue);
    expect(lines).toContainEqual(expect.stringContaining(`tests/fixtures/content-bad/guides/${file}:${line}: ${message}`));
  });

  it("never runs front matter written as code (gray-matter would eval `---js`)", async () => {
    const global = globalThis as { offswitchFrontmatterRan?: unknown };
    delete global.offswitchFrontmatterRan;
    await checkContent(badFixtures, now);
    expect(global.offswitchFrontmatterRan).toBeUndefined();
  });

  it("compiles none of the bad guides (only the valid guide the change entry fixtures point at)", async () => {
    const { guides } = await checkContent(badFixtures, now);
    expect(guides.map((guide) => guide.slug)).toEqual(["valid-guide-for-changes"]);
  });
});

describe("freshness", () => {
  it("warns, without failing, about a guide verified more than 180 days ago", async () => {
    const { issues, guides } = await checkContent(badFixtures, new Date("2026-07-14T12:00:00Z"));
    const stale = issues.filter((issue) => issue.file.endsWith("valid-guide-for-changes.mdx"));
    expect(stale.map(formatContentIssue)).toEqual([expect.stringMatching(/valid-guide-for-changes\.mdx:\d+: warning: lastVerified 2026-01-15 is more than 180 days ago/)]);
    expect(guides.map((guide) => guide.slug)).toContain("valid-guide-for-changes");
  });

  it("says nothing about a guide verified within 180 days", async () => {
    const { issues } = await checkContent(badFixtures, new Date("2026-07-13T12:00:00Z"));
    expect(issues.filter((issue) => issue.file.endsWith("valid-guide-for-changes.mdx"))).toEqual([]);
  });
});

describe("npm run content:check", () => {
  it("exits non-zero and prints file:line: message for bad content", async () => {
    const failure = await run("npx", ["tsx", "--conditions=react-server", "scripts/content-check.ts", badFixtures], { cwd: root }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/^tests\/fixtures\/content-bad\/guides\/duplicate-step-id\.mdx:24: duplicate step id/m);
  });

  it("refuses `---js` front matter without running it", async () => {
    const marker = path.join(await mkdtemp(path.join(tmpdir(), "offswitch-frontmatter-")), "ran.txt");
    const failure = await run("npx", ["tsx", "--conditions=react-server", "scripts/content-check.ts", badFixtures], {
      cwd: root,
      env: { ...process.env, OFFSWITCH_FRONTMATTER_MARKER: marker },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/^tests\/fixtures\/content-bad\/guides\/js-frontmatter\.mdx:1: frontmatter must be YAML/m);
    expect(existsSync(marker)).toBe(false);
  });

  it("exits zero for the published content", async () => {
    const { stdout } = await run("npx", ["tsx", "--conditions=react-server", "scripts/content-check.ts"], { cwd: root });
    expect(stdout).toMatch(/content:check: \d+ guides OK, \d+ change entries OK/);
  });

  it("exits zero for the end-to-end fixture content", async () => {
    const { stdout } = await run("npx", ["tsx", "--conditions=react-server", "scripts/content-check.ts", "tests/fixtures/content-e2e"], { cwd: root });
    expect(stdout).toMatch(/content:check: \d+ guides OK, \d+ change entries OK/);
  });
});
