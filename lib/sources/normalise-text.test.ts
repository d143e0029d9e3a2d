import { describe, expect, it } from "vitest";
import { findAnchor } from "@/lib/sources/find-anchor";
import { normaliseText } from "@/lib/sources/normalise-text";
import { diffTexts } from "@/lib/sources/text-diff";

describe("normaliseText", () => {
  it("ignores what changes on every request: stamps, times, counters, tokens, spacing, quotes", () => {
    const a = "Last updated: 1 month ago\n  Turn off “Improve the model”  \nSession a8f3k2l9x0q7w6e5r4t3y2u1 at 10:42 am UTC\n1,204 views\n";
    const b = "Last updated: 2 months ago\nTurn off \"Improve the model\"\n\nSession zz81kq0p3m5n7b9v1c2x4z6a at 11:07 pm UTC\n1,311 views";
    expect(normaliseText(a)).toBe(normaliseText(b));
    expect(normaliseText(a)).toContain("<n> views");
    expect(normaliseText("Updated this week\nText")).toBe(normaliseText("Updated yesterday\nText"));
  });

  it("masks dated stamps in any case and date style, and helpfulness ratios", () => {
    expect(normaliseText("Updated Dec. 1, 2026")).toBe(normaliseText("Updated Dec. 4, 2026"));
    expect(normaliseText("LAST UPDATED 1 December 2026")).toBe(normaliseText("LAST UPDATED 4 december 2026"));
    expect(normaliseText("40 out of 55 found this helpful")).toBe(normaliseText("41 out of 56 found this helpful"));
    expect(normaliseText("3 of 4 people found this helpful")).toBe(normaliseText("30 of 42 people found this helpful"));
  });
  it("removes soft hyphens and zero-width characters instead of splitting words", () => {
    expect(normaliseText("Data for Gene\u00ADrative AI Im\u00ADprove\u00ADment")).toBe("Data for Generative AI Improvement");
    expect(normaliseText("gener\u200Bative\uFEFF")).toBe("generative");
    expect(normaliseText("Turn\u0000 off\u0007\r\nthe setting")).toBe("Turn off\nthe setting");
    expect(findAnchor("Select Data for Gene\u00ADrative AI Improvement", "Data for Generative AI Improvement")).toBe("exact");
  });
  it("keeps what matters: words, labels and absolute dates in the body", () => {
    expect(normaliseText("The setting is on by default")).not.toBe(normaliseText("The setting is off by default"));
    expect(normaliseText("From 3 November 2025 we will train")).not.toBe(normaliseText("From 3 December 2025 we will train"));
    expect(normaliseText("Go to Data Controls")).not.toBe(normaliseText("Go to Data controls and privacy"));
    // A date that is not a page stamp stays, even after a word like "updated".
    expect(normaliseText("Settings are updated from 3 November 2025")).not.toBe(normaliseText("Settings are updated from 8 December 2025"));
    expect(normaliseText("The change applies from Dec. 3, 2026")).not.toBe(normaliseText("The change applies from Dec. 8, 2026"));
  });
});

describe("findAnchor", () => {
  const page = "Click your profile icon\nGo to Data Controls\nTurn off “Improve the model for everyone”";
  it("finds a phrase exactly, also across typographic quotes", () => {
    expect(findAnchor(page, "Go to Data Controls")).toBe("exact");
    expect(findAnchor(page, 'Turn off "Improve the model for everyone"')).toBe("exact");
  });
  it("falls back to case, punctuation and spacing, and never guesses beyond that", () => {
    expect(findAnchor(page, "go to data controls")).toBe("normalised");
    expect(findAnchor(page, "Go to Data Control")).toBe("missing");
    expect(findAnchor(page, "Improve the model for all")).toBe("missing");
  });
});

describe("diffTexts", () => {
  it("counts changed lines and gives a unified patch", () => {
    const diff = diffTexts("a\nb\nc", "a\nB\nc\nd");
    expect(diff).toMatchObject({ addedLines: 2, removedLines: 1 });
    expect(diff.patch).toContain("-b\n+B\n");
  });
});
