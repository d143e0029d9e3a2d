import { describe, expect, it } from "vitest";
import { filterGuides, guideFiltersQuery, parseGuideFilters, type FilterableGuide } from "@/lib/search/guide-filters";

const guides: FilterableGuide[] = [
  { slug: "linkedin-ai", platform: "linkedin", category: "ai-training", minutes: 3, devices: ["web", "ios"], regions: ["worldwide"] },
  { slug: "meta-objection", platform: "meta", category: "ai-training", minutes: 10, devices: ["web"], regions: ["eea", "uk"] },
  { slug: "slack-email", platform: "slack", category: "data-sharing", minutes: 20, devices: ["desktop"], regions: ["worldwide"] },
];

const parse = (query: string) => parseGuideFilters(new URLSearchParams(query));

describe("parseGuideFilters", () => {
  it("reads every filter from the URL", () => {
    expect(parse("q=ai&platform=meta&category=ai-training&time=15&device=web&region=eea")).toEqual({
      q: "ai",
      platform: "meta",
      category: "ai-training",
      time: 15,
      device: "web",
      region: "eea",
    });
  });

  it("ignores values that are not valid instead of failing", () => {
    expect(parse("platform=Not%20A%20Slug&category=cooking&time=7&device=fax&region=mars")).toEqual({
      q: "",
      platform: undefined,
      category: undefined,
      time: undefined,
      device: undefined,
      region: undefined,
    });
  });

  it("round-trips through the query it writes", () => {
    const filters = parse("region=uk&q=%20training%20&time=5");
    expect(guideFiltersQuery(filters)).toBe("?q=training&time=5&region=uk");
    expect(parse(guideFiltersQuery(filters).slice(1))).toEqual(filters);
    expect(guideFiltersQuery(parse(""))).toBe("");
  });
});

describe("filterGuides", () => {
  const slugs = (query: string, ranked?: string[]) => filterGuides(guides, parse(query), ranked).map((guide) => guide.slug);

  it("lists every guide without filters", () => {
    expect(slugs("")).toEqual(["linkedin-ai", "meta-objection", "slack-email"]);
  });

  it("filters by platform, category, time and device", () => {
    expect(slugs("platform=meta")).toEqual(["meta-objection"]);
    expect(slugs("category=data-sharing")).toEqual(["slack-email"]);
    expect(slugs("time=15")).toEqual(["linkedin-ai", "meta-objection"]);
    expect(slugs("time=5")).toEqual(["linkedin-ai"]);
    expect(slugs("device=desktop")).toEqual(["slack-email"]);
  });

  it("counts worldwide guides as applying in every region", () => {
    expect(slugs("region=us")).toEqual(["linkedin-ai", "slack-email"]);
    expect(slugs("region=uk")).toEqual(["linkedin-ai", "meta-objection", "slack-email"]);
  });

  it("orders by search rank and drops guides the search did not find", () => {
    expect(slugs("q=ai", ["meta-objection", "linkedin-ai"])).toEqual(["meta-objection", "linkedin-ai"]);
    expect(slugs("q=ai&device=ios", ["meta-objection", "linkedin-ai"])).toEqual(["linkedin-ai"]);
  });
});
