import { describe, expect, test } from "vitest";
import { CHANGE_FILE_NAME_PATTERN } from "@/lib/content/change-constants";
import { changeFrontmatterSchema } from "@/lib/content/change-schema";
import { draftChangeEntry, type ChangeEntryDraftInput } from "@/lib/review/change-entry-draft";
import matter from "gray-matter";

const base: ChangeEntryDraftInput = {
  guide: { slug: "linkedin-ai-training", title: "Stop LinkedIn using your data to train generative AI", platformName: "LinkedIn" },
  steps: ["open-data-privacy", "turn-off-generative-ai"],
  stepNumbers: new Map([
    ["open-data-privacy", 2],
    ["turn-off-generative-ai", 3],
  ]),
  sources: [{ title: "LinkedIn and generative AI (GAI) FAQs", url: "https://www.linkedin.com/help/linkedin/answer/a5538339", publisher: "LinkedIn Help", seenOn: "2026-12-02", addedLines: 3, removedLines: 2 }],
  missingAnchors: [{ step: "turn-off-generative-ai", phrase: "Data for Generative AI Improvement {x} <b>" }],
  reports: new Map([["open-data-privacy", 2]]),
  kind: "setting-renamed",
  severity: "action-needed",
  today: "2026-12-04",
};

// The draft's own YAML (js-yaml's safe loader, as content:check reads it) through the change-entry schema.
function parse(text: string) {
  expect(text.startsWith("---\n")).toBe(true);
  return changeFrontmatterSchema.parse(matter(text).data);
}

describe("draftChangeEntry", () => {
  test("writes a file whose front matter the change-entry schema accepts, with the steps, dated official sources and the diff summary", () => {
    const draft = draftChangeEntry(base);
    expect(draft.fileName).toBe("content/changes/2026-12-02-linkedin-ai-training-setting-renamed.mdx");
    expect(CHANGE_FILE_NAME_PATTERN.test(draft.fileName.replace("content/changes/", ""))).toBe(true);
    const frontmatter = parse(draft.text);
    expect(frontmatter).toMatchObject({
      date: "2026-12-02",
      published: "2026-12-04",
      guide: "linkedin-ai-training",
      steps: ["open-data-privacy", "turn-off-generative-ai"],
      kind: "setting-renamed",
      severity: "action-needed",
      sources: [{ title: "LinkedIn and generative AI (GAI) FAQs (as of 2026-12-02)", url: base.sources[0]?.url, publisher: "LinkedIn Help", official: true }],
    });
    expect(frontmatter).toEqual(changeFrontmatterSchema.parse(draft.frontmatter));
    expect(draft.text).toContain("3 lines added and 2 removed");
    expect(draft.text).toContain("steps 2 and 3");
    expect(draft.text).toContain("step 2 did not match what they saw (2 reports)");
  });

  test("keeps MDX syntax out of the body and YAML syntax out of the front matter", () => {
    const draft = draftChangeEntry({ ...base, guide: { ...base.guide, title: 'A "quoted": title\nwith --- lines' } });
    expect(draft.text).toContain("“Data for Generative AI Improvement \\{x\\} \\<b\\>”");
    expect(parse(draft.text).title).toContain('A "quoted": title\nwith --- lines'.slice(0, 20));
  });

  test("a guide flagged as a whole lists steps: all; a draft on the day of the change has no published date", () => {
    const draft = draftChangeEntry({ ...base, steps: [], missingAnchors: [], reports: new Map(), today: "2026-12-02", kind: "guide-corrected", severity: "info" });
    const frontmatter = parse(draft.text);
    expect(frontmatter.steps).toBe("all");
    expect(frontmatter.published).toBeUndefined();
    expect(draft.text).toContain("open the guide and check");
  });

  test("long titles and summaries are clipped to the schema's limits", () => {
    const draft = draftChangeEntry({ ...base, guide: { ...base.guide, title: "x".repeat(300) }, sources: [{ ...(base.sources[0] as ChangeEntryDraftInput["sources"][number]), publisher: "P".repeat(150) }] });
    const frontmatter = parse(draft.text);
    expect(frontmatter.title.length).toBeLessThanOrEqual(140);
    expect(frontmatter.summary.length).toBeLessThanOrEqual(200);
  });

  test("with no changed page (reader reports only) the entry is dated today", () => {
    const draft = draftChangeEntry({ ...base, sources: [], kind: "guide-corrected" });
    expect(parse(draft.text)).toMatchObject({ date: "2026-12-04", sources: [] });
    expect(draft.fileName.startsWith("content/changes/2026-12-04-")).toBe(true);
  });
});
