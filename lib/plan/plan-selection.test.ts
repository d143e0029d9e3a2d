import { describe, expect, it } from "vitest";
import { planSelectionSchema } from "@/lib/plan/plan-api";
import { parsePlanQuery, planQuery, samePlan, sanitizePlanSelection } from "@/lib/plan/plan-selection";

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
