import { describe, expect, it } from "vitest";
import { featuredGuides } from "@/lib/content/featured-guides";

describe("featuredGuides", () => {
  it("keeps the list's order and skips slugs the library does not have", () => {
    const library = [{ slug: "b" }, { slug: "a" }, { slug: "c" }];
    expect(featuredGuides(library, ["a", "gone", "c"]).map((guide) => guide.slug)).toEqual(["a", "c"]);
  });

  it("features only guides that exist in the real library", async () => {
    const { readdirSync } = await import("node:fs");
    const slugs = readdirSync("content/guides").map((file) => file.replace(/\.mdx$/, ""));
    const { FEATURED_GUIDE_SLUGS } = await import("@/lib/content/featured-guides");
    for (const slug of FEATURED_GUIDE_SLUGS) expect(slugs).toContain(slug);
  });
});
