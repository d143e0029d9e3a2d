import { describe, expect, it } from "vitest";
import { guideFrontmatterSchema } from "@/lib/content/guide-schema";

const frontmatter = {
  title: "Stop Example from training AI on your posts",
  platform: "example",
  summary: "Turn off the setting that lets Example use your posts for AI training.",
  category: "ai-training",
  minutes: 3,
  difficulty: "easy",
  devices: ["web"],
  regions: ["worldwide"],
  lastVerified: "2025-11-03",
  sources: [{ title: "Example Help", url: "https://example.com/help", publisher: "Example", official: true }],
};

describe("guideFrontmatterSchema optOut", () => {
  it('defaults to "available" when a guide does not say', () => {
    const parsed = guideFrontmatterSchema.parse(frontmatter);
    expect(parsed.optOut).toBe("available");
    expect(parsed.optOutRemovedOn).toBeUndefined();
  });

  it('accepts "none" on its own', () => {
    expect(guideFrontmatterSchema.parse({ ...frontmatter, optOut: "none" }).optOut).toBe("none");
  });

  it('accepts "removed" with the date it was removed, written as YAML hands it over', () => {
    const parsed = guideFrontmatterSchema.parse({ ...frontmatter, optOut: "removed", optOutRemovedOn: new Date("2025-03-28T00:00:00Z") });
    expect(parsed).toMatchObject({ optOut: "removed", optOutRemovedOn: "2025-03-28" });
  });

  it("rejects values outside the closed set", () => {
    expect(guideFrontmatterSchema.safeParse({ ...frontmatter, optOut: "maybe" }).success).toBe(false);
  });

  it('rejects "removed" without a date, and a removal date on an opt-out that still exists', () => {
    const withoutDate = guideFrontmatterSchema.safeParse({ ...frontmatter, optOut: "removed" });
    expect(withoutDate.success).toBe(false);
    expect(withoutDate.error?.issues[0]?.path).toEqual(["optOutRemovedOn"]);
    expect(guideFrontmatterSchema.safeParse({ ...frontmatter, optOutRemovedOn: "2025-03-28" }).success).toBe(false);
  });
});

describe("guideFrontmatterSchema sources and anchors", () => {
  const official = "https://example.com/help";
  const withAnchors = (anchors: unknown[], sources: unknown[] = frontmatter.sources) => guideFrontmatterSchema.safeParse({ ...frontmatter, sources, anchors });

  it("reads extraction hints with their defaults", () => {
    const parsed = guideFrontmatterSchema.parse({ ...frontmatter, sources: [{ ...frontmatter.sources[0], watch: { selector: "article" } }] });
    expect(parsed.sources[0]?.watch).toEqual({ selector: "article", remove: [], lang: "en", needsJavaScript: false });
    expect(parsed.anchors).toEqual([]);
  });

  it("refuses extraction hints on a source that is not official, and CSS rules as selectors", () => {
    const unofficial = { title: "Press", url: "https://press.example/a", publisher: "Press", official: false, watch: { selector: "main" } };
    expect(guideFrontmatterSchema.safeParse({ ...frontmatter, sources: [...frontmatter.sources, unofficial] }).error?.issues[0]?.path).toEqual(["sources", 1, "watch"]);
    expect(guideFrontmatterSchema.safeParse({ ...frontmatter, sources: [{ ...frontmatter.sources[0], watch: { selector: "main { color: red }" } }] }).success).toBe(false);
    expect(guideFrontmatterSchema.safeParse({ ...frontmatter, sources: [{ ...frontmatter.sources[0], watch: { lang: "English" } }] }).success).toBe(false);
  });

  it("accepts an anchor tied to an official source", () => {
    expect(withAnchors([{ step: "turn-off", phrase: "Use my posts for AI", source: official }]).success).toBe(true);
  });

  it("refuses empty phrases, sources the guide does not cite as official, and duplicates", () => {
    expect(withAnchors([{ step: "turn-off", phrase: "  ", source: official }]).success).toBe(false);
    expect(withAnchors([{ step: "turn-off", phrase: "Use my posts", source: "https://example.com/other" }]).error?.issues[0]?.path).toEqual(["anchors", 0, "source"]);
    const unofficial = { title: "Press", url: "https://press.example/a", publisher: "Press", official: false };
    expect(withAnchors([{ step: "turn-off", phrase: "Use my posts", source: unofficial.url }], [...frontmatter.sources, unofficial]).success).toBe(false);
    const twice = withAnchors([
      { step: "turn-off", phrase: "Use my posts", source: official },
      { step: "turn-off", phrase: "use my posts", source: official },
    ]);
    expect(twice.error?.issues.map((issue) => issue.path)).toEqual([["anchors", 1, "phrase"]]);
  });
});

describe("guideFrontmatterSchema elsewhere", () => {
  it("requires a guide that is not for every region to say what applies elsewhere", () => {
    const regional = guideFrontmatterSchema.safeParse({ ...frontmatter, regions: ["eea", "uk"] });
    expect(regional.success).toBe(false);
    expect(regional.error?.issues[0]?.path).toEqual(["elsewhere"]);
    const said = "Outside the EU, EEA and UK there is no form; keep your posts private.";
    expect(guideFrontmatterSchema.parse({ ...frontmatter, regions: ["eea", "uk"], elsewhere: said }).elsewhere).toBe(said);
    expect(guideFrontmatterSchema.safeParse(frontmatter).success).toBe(true);
  });
});
