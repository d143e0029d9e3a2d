import { describe, expect, it } from "vitest";
import { appliesIn, outsideReason, splitByPlace } from "@/lib/search/region-fit";

describe("appliesIn", () => {
  it("applies a worldwide guide everywhere, a regional one only in its regions, and only worldwide guides somewhere else", () => {
    expect(appliesIn(["worldwide"], "us")).toBe(true);
    expect(appliesIn(["worldwide"], "elsewhere")).toBe(true);
    expect(appliesIn(["eea", "uk"], "uk")).toBe(true);
    expect(appliesIn(["eea", "uk"], "us")).toBe(false);
    expect(appliesIn(["eea", "uk"], "elsewhere")).toBe(false);
  });
});

describe("splitByPlace", () => {
  const guides = [
    { slug: "linkedin", regions: ["worldwide"] as const },
    { slug: "meta", regions: ["eea", "uk"] as const },
  ];

  it("sets apart the guides for other regions, in order, and keeps all of them when no place is picked", () => {
    expect(splitByPlace(guides, "us")).toEqual({ applies: [guides[0]], outside: [guides[1]] });
    expect(splitByPlace(guides, "eea")).toEqual({ applies: guides, outside: [] });
    expect(splitByPlace(guides, null)).toEqual({ applies: guides, outside: [] });
  });
});

describe("outsideReason", () => {
  it("says where the guide applies, that it is not where the person lives, and what applies there", () => {
    expect(outsideReason({ regions: ["eea", "uk"], elsewhere: "There is no form outside them." }, "us")).toBe(
      "This guide applies in the EU & EEA and the United Kingdom, not in the United States. There is no form outside them.",
    );
    expect(outsideReason({ regions: ["eea"] }, "elsewhere")).toBe("This guide applies in the EU & EEA, not where you live.");
    expect(outsideReason({ regions: ["eea", "uk", "ch"] }, "ca")).toBe("This guide applies in the EU & EEA, the United Kingdom and Switzerland, not in Canada.");
  });
});
