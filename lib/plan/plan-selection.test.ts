import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planSelectionSchema } from "@/lib/plan/plan-api";
import { parsePlanQuery, pickedShare, planQuery, samePlan, sanitizePlanSelection, withEveryPlatform } from "@/lib/plan/plan-selection";

describe("the shareable plan link", () => {
  it("carries the platforms and region, and nothing else", () => {
    expect(planQuery({ platforms: ["linkedin", "openai"], region: "eea" })).toBe("?platforms=linkedin,openai&region=eea");
    expect(planQuery({ platforms: [], region: null })).toBe("");
  });

  it("reads back what it wrote", () => {
    const selection = { platforms: ["linkedin", "openai"], region: "uk" as const };
    expect(parsePlanQuery(new URLSearchParams(planQuery(selection).slice(1)))).toEqual(selection);
  });

  it("is absent when the URL has no plan, and drops invalid values when it has one", () => {
    expect(parsePlanQuery(new URLSearchParams("utm=1"))).toBeUndefined();
    expect(parsePlanQuery(new URLSearchParams("platforms=linkedin,Bad Slug,,linkedin,x<y&region=mars"))).toEqual({ platforms: ["linkedin"], region: null });
  });
});

describe("sanitizePlanSelection", () => {
  it("keeps a valid stored plan and turns anything else into an empty one", () => {
    expect(sanitizePlanSelection({ platforms: ["meta"], region: "eea" })).toEqual({ platforms: ["meta"], region: "eea" });
    expect(sanitizePlanSelection("nonsense")).toEqual({ platforms: [], region: null });
    expect(sanitizePlanSelection({ platforms: ["NOT OK"], region: "mars" })).toEqual({ platforms: [], region: null });
  });

  it("keeps \"somewhere else\" as a place to live, in storage and in a shared link", () => {
    expect(sanitizePlanSelection({ platforms: ["meta"], region: "elsewhere" })).toEqual({ platforms: ["meta"], region: "elsewhere" });
    expect(parsePlanQuery(new URLSearchParams("platforms=meta&region=elsewhere"))).toEqual({ platforms: ["meta"], region: "elsewhere" });
  });
});

describe("sanitizePlanSelection agrees with planSelectionSchema", () => {
  // The browser checks plans by hand (zod is too heavy to ship there); this holds it to the server's schema.
  const slug = fc.oneof(fc.constantFrom("linkedin", "openai", "a-b", "Bad Slug", "a--b", "", "x".repeat(120), "y".repeat(121)), fc.string({ maxLength: 12 }));
  const platforms = fc.oneof(fc.array(slug, { maxLength: 5 }), fc.array(fc.constant("meta"), { minLength: 99, maxLength: 102 }), fc.anything());
  const region = fc.oneof(fc.constantFrom("eea", "uk", "worldwide", "elsewhere", "mars", null, undefined), fc.anything());

  it("keeps a field exactly when the schema accepts it, and always returns what the schema accepts", () => {
    fc.assert(
      fc.property(platforms, region, (rawPlatforms, rawRegion) => {
        const sanitized = sanitizePlanSelection({ platforms: rawPlatforms, region: rawRegion });
        expect(planSelectionSchema.safeParse(sanitized).success).toBe(true);
        const schemaPlatforms = planSelectionSchema.shape.platforms.safeParse(rawPlatforms);
        expect(sanitized.platforms).toEqual(schemaPlatforms.success ? [...new Set(schemaPlatforms.data)] : []);
        const schemaRegion = planSelectionSchema.shape.region.safeParse(rawRegion ?? null);
        expect(sanitized.region).toEqual(schemaRegion.success ? schemaRegion.data : null);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("planSelectionSchema (the API body)", () => {
  it("refuses unknown keys, bad slugs and bad regions", () => {
    expect(planSelectionSchema.safeParse({ platforms: ["linkedin"], region: null }).success).toBe(true);
    expect(planSelectionSchema.safeParse({ platforms: ["linkedin"], region: null, progress: {} }).success).toBe(false);
    expect(planSelectionSchema.safeParse({ platforms: ["../etc"], region: null }).success).toBe(false);
    expect(planSelectionSchema.safeParse({ platforms: [], region: "moon" }).success).toBe(false);
  });
});

describe("samePlan", () => {
  it("ignores the order of platforms", () => {
    expect(samePlan({ platforms: ["a", "b"], region: null }, { platforms: ["b", "a"], region: null })).toBe(true);
    expect(samePlan({ platforms: ["a"], region: null }, { platforms: ["a"], region: "eea" })).toBe(false);
  });
});

describe("All platforms", () => {
  const all = ["linkedin", "meta", "openai", "all-platforms"];

  it("picks every platform when ticked and none when unticked, keeping the region", () => {
    expect(withEveryPlatform({ platforms: ["meta"], region: "us" }, all, true)).toEqual({ platforms: ["meta", "linkedin", "openai", "all-platforms"], region: "us" });
    expect(withEveryPlatform({ platforms: ["meta"], region: "us" }, all, false)).toEqual({ platforms: [], region: "us" });
  });

  it("reads as ticked only when every platform is picked, and as mixed when some are", () => {
    expect(pickedShare({ platforms: [...all].reverse(), region: null }, all)).toBe("all");
    expect(pickedShare({ platforms: ["meta"], region: null }, all)).toBe("some");
    expect(pickedShare({ platforms: [], region: null }, all)).toBe("none");
  });
});
