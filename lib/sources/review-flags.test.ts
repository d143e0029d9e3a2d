import { describe, expect, it } from "vitest";
import { REVIEW_PRIORITY, reviewFlags } from "@/lib/sources/review-flags";

const anchors = [
  { guide: "chatgpt", step: "open-data-controls", phrase: "Go to Data Controls" },
  { guide: "chatgpt", step: "turn-off", phrase: "Improve the model for everyone" },
];

describe("reviewFlags", () => {
  it("flags exactly the steps whose anchors vanished, at high priority", () => {
    const flags = reviewFlags({ text: "Go to Data Controls\nTurn off Help improve our models", anchors, citingGuides: ["chatgpt"], changed: true });
    expect(flags).toEqual([{ kind: "anchor-missing", guide: "chatgpt", step: "turn-off", phrase: "Improve the model for everyone", priority: REVIEW_PRIORITY.anchorMissing }]);
  });
  it("flags the guide at low priority when the page changed elsewhere", () => {
    const flags = reviewFlags({ text: "Go to data controls\nImprove the model for everyone\nNew paragraph", anchors, citingGuides: ["chatgpt", "other"], changed: true });
    expect(flags.map((flag) => [flag.kind, flag.guide, flag.priority])).toEqual([
      ["source-changed", "chatgpt", 100],
      ["source-changed", "other", 100],
    ]);
  });
  it("flags nothing on a first check with every anchor present", () => {
    expect(reviewFlags({ text: "Go to Data Controls. Improve the model for everyone", anchors, citingGuides: ["chatgpt"], changed: false })).toEqual([]);
  });
});
