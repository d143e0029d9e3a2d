import { describe, expect, it } from "vitest";
import { relatedGuides } from "@/lib/content/related-guides";

const guide = (slug: string, platform: string, category: "ai-training" | "data-sharing") => ({ slug, platform, category });

describe("relatedGuides", () => {
  it("offers the same platform first, then the same category, never the guide itself", () => {
    const all = [guide("a", "x", "ai-training"), guide("b", "y", "ai-training"), guide("c", "x", "data-sharing"), guide("d", "z", "data-sharing")];
    expect(relatedGuides(all[0]!, all).map((g) => g.slug)).toEqual(["c", "b"]);
    expect(relatedGuides(all[3]!, all, 3).map((g) => g.slug)).toEqual(["c"]);
  });
});
