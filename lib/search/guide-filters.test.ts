import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CATEGORIES, DEVICES, GUIDE_SLUG_PATTERN, PLACES } from "@/lib/content/content-constants";
import { TIME_LIMITS, filterGuides, filterGuidesByPlace, guideFiltersQuery, parseGuideFilters, type FilterableGuide } from "@/lib/search/guide-filters";

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

  it("offers somewhere else, where only worldwide guides apply", () => {
    expect(slugs("region=elsewhere")).toEqual(["linkedin-ai", "slack-email"]);
  });

  it("orders by search rank and drops guides the search did not find", () => {
    expect(slugs("q=ai", ["meta-objection", "linkedin-ai"])).toEqual(["meta-objection", "linkedin-ai"]);
    expect(slugs("q=ai&device=ios", ["meta-objection", "linkedin-ai"])).toEqual(["linkedin-ai"]);
  });
});

describe("filterGuidesByPlace", () => {
  const view = (query: string, ranked?: string[]) => {
    const { shown, outside } = filterGuidesByPlace(guides, parse(query), ranked);
    return { shown: shown.map((guide) => guide.slug), outside: outside.map((guide) => guide.slug) };
  };

  it("never hides a guide only because of the region: it is set apart, with the other filters still applied", () => {
    // Searching "facebook" in the United States: Meta's only guide is for the EU, EEA and UK.
    expect(view("q=facebook&region=us", ["meta-objection"])).toEqual({ shown: [], outside: ["meta-objection"] });
    expect(view("region=us")).toEqual({ shown: ["linkedin-ai", "slack-email"], outside: ["meta-objection"] });
    expect(view("region=us&category=data-sharing")).toEqual({ shown: ["slack-email"], outside: [] });
    expect(view("region=eea")).toEqual({ shown: ["linkedin-ai", "meta-objection", "slack-email"], outside: [] });
    expect(view("")).toEqual({ shown: ["linkedin-ai", "meta-objection", "slack-email"], outside: [] });
  });
});

describe("parseGuideFilters agrees with zod", () => {
  // The rules each URL parameter must follow, as zod schemas: the browser code checks them by hand
  // (zod is too heavy to ship there), and this property holds the two together.
  const reference = {
    q: z.string().trim().max(100),
    platform: z.string().max(120).regex(GUIDE_SLUG_PATTERN),
    category: z.enum(CATEGORIES),
    time: z.enum(TIME_LIMITS.map(String) as [string, ...string[]]).transform(Number),
    device: z.enum(DEVICES),
    region: z.enum(PLACES),
  };
  const validLooking = [...CATEGORIES, ...DEVICES, ...PLACES, ...TIME_LIMITS.map(String), "linkedin", "a-b", "a--b", "-a", "Meta", " web", "5 ", "x".repeat(120), "y".repeat(121), "q".repeat(100), "q".repeat(101), ` ${"q".repeat(100)} `];
  const value = fc.oneof(
    fc.constantFrom(...validLooking),
    fc.string(),
    fc.string({ unit: "grapheme", maxLength: 120 }),
    fc.tuple(fc.constantFrom(" ", "\t", "\u00a0", "\u2028"), fc.string({ maxLength: 110 })).map(([pad, text]) => `${pad}${text}${pad}`),
  );

  for (const key of ["q", "platform", "category", "time", "device", "region"] as const) {
    it(`${key}: the same value, or nothing, for any input`, () => {
      fc.assert(
        fc.property(value, (raw) => {
          const parsed = parseGuideFilters(new URLSearchParams([[key, raw]]))[key];
          const expected = raw === "" ? undefined : reference[key].safeParse(raw).data;
          expect(parsed).toEqual(key === "q" ? (expected ?? "") : expected);
        }),
        { numRuns: 2000 },
      );
    });
  }
});
