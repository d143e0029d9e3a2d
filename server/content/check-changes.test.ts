import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatContentIssue } from "@/lib/content/content-issue";
import { checkContent } from "@/server/content/check-content";

const root = process.cwd();
const badFixtures = path.join(root, "tests/fixtures/content-bad");
const e2eFixtures = path.join(root, "tests/fixtures/content-e2e");
// Not before today: the e2e fixtures copy the real guides, whose lastVerified may be today, and a
// date after the check's clock is an error ("in the future").
const now = new Date(Math.max(Date.parse("2026-11-29T12:00:00Z"), Date.now()));
const run = promisify(execFile);

const lines = async (contentRoot: string) => (await checkContent(contentRoot, now)).issues.filter((issue) => issue.severity === "error").map(formatContentIssue);

describe("change entries: bad fixtures", () => {
  const expected: [file: string, line: number, message: string][] = [
    ["2026-01-10-invalid-frontmatter.mdx", 1, "frontmatter summary is required"],
    ["2026-01-10-invalid-frontmatter.mdx", 9, 'frontmatter unknown key "author"'],
    ["2026-01-11-unknown-guide.mdx", 4, 'frontmatter guide "no-such-guide" does not exist'],
    ["2026-01-12-unknown-step.mdx", 7, 'frontmatter steps: "no-such-step" is not a step of guide "valid-guide-for-changes"'],
    ["2099-12-31-future-date.mdx", 3, "frontmatter date 2099-12-31 is in the future"],
    ["2026-01-13-date-mismatch.mdx", 3, "frontmatter date 2026-01-14 does not match the file name date 2026-01-13"],
    ["2026-01-14-bad-kind-and-severity.mdx", 7, 'frontmatter kind: Invalid option: expected one of "setting-moved"|'],
    ["2026-01-14-bad-kind-and-severity.mdx", 8, 'frontmatter severity: Invalid option: expected one of "action-needed"|"info"'],
    ["2026-01-15-missing-source.mdx", 7, 'frontmatter sources: a platform change (kind "default-changed") must cite at least one source'],
    ["not-a-dated-name.mdx", 1, 'file name "not-a-dated-name.mdx" must be <yyyy-mm-dd>-<slug>.mdx'],
    ["2026-01-16-disallowed-component.mdx", 18, "<Steps> is not allowed in change entries (allowed: Callout)"],
    ["2026-01-17-retires-current-step.mdx", 11, 'frontmatter retires: "open-settings" is still a step of guide "valid-guide-for-changes"'],
    ["2026-01-18-empty-body.mdx", 15, "a change entry needs a body"],
    ["2026-01-19-retires-unpublished-step.mdx", 11, 'frontmatter retires: "never-published" was never published for guide "valid-guide-for-changes"'],
    ["2026-01-21-bad-published-and-regions.mdx", 4, "frontmatter published 2026-01-20 must be later than date 2026-01-21"],
    ["2026-01-21-bad-published-and-regions.mdx", 13, 'frontmatter regions.1: leave "regions" out for a change that applies everywhere'],
    ["2026-01-21-bad-published-and-regions.mdx", 14, "frontmatter regions.2: Invalid option"],
    ["2026-01-22-published-in-future.mdx", 4, "frontmatter published 2099-01-01 is in the future"],
    ["notes.md", 1, "only change entries named <yyyy-mm-dd>-<slug>.mdx belong in changes/"],
  ];

  it.each(expected)("%s:%i reports %s", async (file, line, message) => {
    expect(await lines(badFixtures)).toContainEqual(expect.stringContaining(`tests/fixtures/content-bad/changes/${file}:${line}: ${message}`));
  });

  it("accepts a guide correction without sources and compiles nothing else", async () => {
    const { changes, issues } = await checkContent(badFixtures, now);
    expect(issues.filter((issue) => issue.file.endsWith("2026-01-20-valid-guide-correction.mdx"))).toEqual([]);
    expect(changes.map((change) => change.id)).toEqual(["2026-01-20-valid-guide-correction"]);
    expect(changes[0]?.platform).toBe("linkedin");
  });
});

describe("change entries: end-to-end fixture content", () => {
  it("passes, with the real entries and the two test entries", async () => {
    const { issues, changes } = await checkContent(e2eFixtures, now);
    // Guides due for re-verification are warnings (the build goes on); only errors would fail here.
    expect(issues.filter((issue) => issue.severity === "error").map(formatContentIssue)).toEqual([]);
    const byId = new Map(changes.map((change) => [change.id, change]));
    expect(byId.get("2026-06-01-test-fixture-linkedin-moved-the-setting")).toMatchObject({ severity: "action-needed", steps: ["open-data-privacy", "turn-off-ai-training"] });
    expect(byId.get("2026-06-02-test-fixture-linkedin-renamed-sign-in")).toMatchObject({ severity: "info", steps: ["sign-in"] });
    expect(byId.has("2025-11-03-linkedin-ai-training-europe-uk-canada-hong-kong")).toBe(true);
  });

  it("is what the memoized loader serves, newest first", async () => {
    vi.resetModules();
    vi.stubEnv("OFFSWITCH_CONTENT_DIR", e2eFixtures);
    const { listChanges, getChange, changesForGuide } = await import("@/server/content/changes");
    const ids = (await listChanges()).map((change) => change.id);
    expect(ids.slice(0, 3)).toEqual(["2026-12-04-mistral-guide-corrected-le-chat-now-vibe", "2026-06-02-test-fixture-linkedin-renamed-sign-in", "2026-06-01-test-fixture-linkedin-moved-the-setting"]);
    expect(ids).toEqual([...ids].sort().reverse());
    expect(await listChanges()).toBe(await listChanges());
    expect((await getChange("2026-06-02-test-fixture-linkedin-renamed-sign-in"))?.title).toMatch(/^Test fixture/);
    expect(await getChange("no-such-change")).toBeUndefined();
    expect((await changesForGuide("linkedin-ai-training")).map((change) => change.id)).toEqual(ids.filter((id) => !id.includes("mistral")));
    expect((await changesForGuide("mistral-le-chat-training")).map((change) => change.id)).toEqual(["2026-12-04-mistral-guide-corrected-le-chat-now-vibe"]);
    expect(await changesForGuide("review-privacy-settings")).toEqual([]);
    vi.unstubAllEnvs();
  });
});

/** A small content root in the system temp folder: one guide, its registry, and any change entries. */
async function tempRoot(options: { stepIds: string[]; registry?: Record<string, Record<string, string>>; changes?: Record<string, string> }): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "offswitch-content-"));
  await mkdir(path.join(dir, "guides"));
  await mkdir(path.join(dir, "changes"));
  await writeFile(path.join(dir, "platforms.json"), JSON.stringify({ example: { name: "Example", homepage: "https://example.com" } }));
  const steps = options.stepIds.map((id) => `<Step id="${id}" title="Step ${id}">\n\nText.\n\n</Step>`).join("\n");
  await writeFile(
    path.join(dir, "guides", "temp-guide.mdx"),
    `---\ntitle: A temporary guide for registry tests\nplatform: example\nsummary: A temporary guide built by the registry tests in the temp folder.\ncategory: privacy-habits\nminutes: 2\ndifficulty: easy\ndevices: [web]\nregions: [worldwide]\nlastVerified: 2026-11-01\nsources:\n  - title: Example\n    url: https://example.com/source\n    publisher: Example\n---\n\n<Steps>\n${steps}\n</Steps>\n`,
  );
  if (options.registry) await writeFile(path.join(dir, "published-steps.json"), `${JSON.stringify(options.registry, null, 2)}\n`);
  for (const [name, text] of Object.entries(options.changes ?? {})) await writeFile(path.join(dir, "changes", name), text);
  return dir;
}

const retireEntry = (retires: string) =>
  `---\ntitle: Example removed the old setting for good\ndate: 2026-11-02\nguide: temp-guide\nsteps: [${retires}]\nkind: setting-removed\nseverity: info\nsummary: The old setting is gone, so its step is retired.\nretires: [${retires}]\nsources:\n  - title: Example changelog\n    url: https://example.com/changelog\n    publisher: Example\n---\n\nThe old setting no longer exists. Nothing to do.\n`;

describe("published step registry", () => {
  const roots: string[] = [];
  const make = async (options: Parameters<typeof tempRoot>[0]) => {
    const dir = await tempRoot(options);
    roots.push(dir);
    return dir;
  };
  afterEach(async () => {
    await Promise.all(roots.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("passes when every step is registered", async () => {
    expect(await lines(await make({ stepIds: ["first", "second"], registry: { "temp-guide": { first: "2026-11-01", second: "2026-11-01" } } }))).toEqual([]);
  });

  it("reports a step id added to a guide without a registry entry, at its <Step>", async () => {
    const dir = await make({ stepIds: ["first", "second"], registry: { "temp-guide": { first: "2026-11-01" } } });
    expect(await lines(dir)).toEqual([
      expect.stringMatching(/temp-guide\.mdx:23: step id "second" is not in the published step registry yet; run npm run content:publish-steps to record it$/),
    ]);
  });

  it("reports a published step id removed from its guide without a retiring change entry", async () => {
    const dir = await make({ stepIds: ["first"], registry: { "temp-guide": { first: "2026-11-01", old: "2026-11-01" } } });
    expect(await lines(dir)).toEqual([
      expect.stringMatching(/published-steps\.json:4: step id old was published and removed from guide "temp-guide"; retire it with a change entry \(retires: \[old\]\)$/),
    ]);
  });

  it("accepts a removed step id that a change entry retires", async () => {
    const dir = await make({
      stepIds: ["first"],
      registry: { "temp-guide": { first: "2026-11-01", old: "2026-11-01" } },
      changes: { "2026-11-02-example-removed-old-setting.mdx": retireEntry("old") },
    });
    expect(await lines(dir)).toEqual([]);
    const { changes } = await checkContent(dir, now);
    expect(changes[0]).toMatchObject({ id: "2026-11-02-example-removed-old-setting", retires: ["old"], steps: ["old"] });
  });

  it("reports a missing registry and a published guide whose file is gone", async () => {
    expect(await lines(await make({ stepIds: ["first"] }))).toEqual([expect.stringMatching(/published-steps\.json:1: the published step registry is missing; run npm run content:publish-steps/)]);
    const dir = await make({ stepIds: ["first"], registry: { "temp-guide": { first: "2026-11-01" }, "deleted-guide": { step: "2026-11-01" } } });
    expect(await lines(dir)).toEqual([expect.stringMatching(/published-steps\.json:5: guide "deleted-guide" was published and its file guides\/deleted-guide\.mdx is gone/)]);
  });

  it("npm run content:publish-steps adds new ids with today's date and never removes any", async () => {
    const dir = await make({ stepIds: ["first", "second"], registry: { "temp-guide": { first: "2026-11-01", old: "2026-10-01" } } });
    const { stdout } = await run("npx", ["tsx", "--conditions=react-server", "scripts/content-publish-steps.ts", dir], { cwd: root });
    expect(stdout).toMatch(/1 step id\(s\) added/);
    const today = new Date().toISOString().slice(0, 10);
    expect(JSON.parse(await readFile(path.join(dir, "published-steps.json"), "utf8"))).toEqual({ "temp-guide": { first: "2026-11-01", old: "2026-10-01", second: today } });
    // The removed id is still reported until a change entry retires it.
    expect(await lines(dir)).toEqual([expect.stringContaining("step id old was published and removed")]);
  });
});
