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
