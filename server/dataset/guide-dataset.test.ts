import { describe, expect, it } from "vitest";
import { guideListResponseSchema, guideResponseSchema } from "@/lib/dataset/guide-dataset-schema";
import { guideDataset, guideList } from "@/server/dataset/guide-dataset";

describe("the guide dataset built from content/", () => {
  it("lists every guide in the documented shape", async () => {
    const list = guideListResponseSchema.parse(await guideList());
    expect(list.guides.map((guide) => guide.slug)).toContain("linkedin-ai-training");
  });

  it("gives each guide's steps with menu paths, deep links and the expected end state", async () => {
    const { guide } = guideResponseSchema.parse(await guideDataset("linkedin-ai-training"));
    const turnOff = guide.steps.find((step) => step.instructions.some((instructions) => instructions.deepLinks.length > 0));
    expect(turnOff?.instructions.some((instructions) => (instructions.menuPath?.length ?? 0) > 1)).toBe(true);
    expect(guide.steps.some((step) => step.expectedEndState.length > 0)).toBe(true);
    expect(guide.sources.length).toBeGreaterThan(0);
    for (const { slug } of (await guideList()).guides) guideResponseSchema.parse(await guideDataset(slug));
  });

  it("has no entry for an unknown slug", async () => {
    expect(await guideDataset("no-such-guide")).toBeUndefined();
  });
});
