import { describe, expect, it } from "vitest";
import { formatPublishedSteps, jsonKeyLine, publishedStepsSchema, recordNewSteps } from "@/lib/content/published-steps";

describe("recordNewSteps", () => {
  const registry = { guide: { "old-step": "2026-01-01", kept: "2026-01-01" } };

  it("adds new ids and new guides with today's date, after the existing ones", () => {
    const { registry: next, added } = recordNewSteps(
      registry,
      [
        { slug: "guide", steps: [{ id: "new-step" }, { id: "kept" }] },
        { slug: "other", steps: [{ id: "first" }] },
      ],
      "2026-11-29",
    );
    expect(next).toEqual({ guide: { "old-step": "2026-01-01", kept: "2026-01-01", "new-step": "2026-11-29" }, other: { first: "2026-11-29" } });
    expect(Object.keys(next.guide ?? {})).toEqual(["old-step", "kept", "new-step"]);
    expect(added).toEqual([
      { guide: "guide", step: "new-step" },
      { guide: "other", step: "first" },
    ]);
  });

  it("never removes or re-dates an id, and leaves its input alone", () => {
    const { registry: next, added } = recordNewSteps(registry, [{ slug: "guide", steps: [] }], "2026-11-29");
    expect(next).toEqual(registry);
    expect(added).toEqual([]);
    expect(registry.guide).toEqual({ "old-step": "2026-01-01", kept: "2026-01-01" });
  });
});

describe("published step registry format", () => {
  it("round-trips through the schema", () => {
    const text = formatPublishedSteps({ a: { "step-one": "2026-11-29" } });
    expect(publishedStepsSchema.parse(JSON.parse(text))).toEqual({ a: { "step-one": "2026-11-29" } });
  });

  it("rejects ids that are not kebab-case and dates that are not dates", () => {
    expect(publishedStepsSchema.safeParse({ a: { Step_One: "2026-11-29" } }).success).toBe(false);
    expect(publishedStepsSchema.safeParse({ a: { "step-one": "29 November" } }).success).toBe(false);
  });
});

describe("jsonKeyLine", () => {
  const text = formatPublishedSteps({ first: { shared: "2026-01-01", one: "2026-01-01" }, second: { shared: "2026-01-01", "a\\\"b": "2026-01-01" } });

  it("finds a key inside the right parent", () => {
    expect(jsonKeyLine(text, ["first"])).toBe(2);
    expect(jsonKeyLine(text, ["first", "one"])).toBe(4);
    expect(jsonKeyLine(text, ["second", "shared"])).toBe(7);
  });

  it("falls back to the deepest key found", () => {
    expect(jsonKeyLine(text, ["second", "missing"])).toBe(6);
    expect(jsonKeyLine(text, ["missing"])).toBe(1);
  });
});
