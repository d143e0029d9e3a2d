import { describe, expect, test } from "vitest";
import { inlineDiff } from "@/lib/review/source-diff";

describe("inlineDiff", () => {
  test("shows a renamed label as one removed and one added line, with context and a hunk header", () => {
    const before = ["Settings", "Data privacy", "Data for Generative AI Improvement", "Off", "Help"].join("\n");
    const after = ["Settings", "Data privacy", "Use my data for training content creation AI models", "Off", "Help"].join("\n");
    const diff = inlineDiff(before, after);
    expect(diff).toMatchObject({ added: 1, removed: 1, truncated: false });
    expect(diff.lines[0]?.kind).toBe("@");
    expect(diff.lines.filter((line) => line.kind !== "@")).toEqual([
      { kind: " ", text: "Settings" },
      { kind: " ", text: "Data privacy" },
      { kind: "-", text: "Data for Generative AI Improvement" },
      { kind: "+", text: "Use my data for training content creation AI models" },
      { kind: " ", text: "Off" },
      { kind: " ", text: "Help" },
    ]);
  });
  test("identical texts have no lines; huge diffs are cut and say so", () => {
    expect(inlineDiff("a\nb", "a\nb\n").lines).toEqual([]);
    const many = inlineDiff("", Array.from({ length: 1000 }, (_, i) => `line ${i}`).join("\n"));
    expect(many.added).toBe(1000);
    expect(many.lines.length).toBe(400);
    expect(many.truncated).toBe(true);
  });
});
