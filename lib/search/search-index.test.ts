import { describe, expect, it } from "vitest";
import { buildSearchIndex, loadSearchIndex, searchGuides, type SearchDocument } from "@/lib/search/search-index";

const documents: SearchDocument[] = [
  { id: "linkedin-ai", title: "Stop LinkedIn training AI on your posts", platformName: "LinkedIn", summary: "Turn off Data for Generative AI Improvement.", category: "AI training", steps: "Settings & Privacy · Data privacy" },
  { id: "chatgpt-improve", title: "Stop ChatGPT training on your chats", platformName: "ChatGPT", summary: "Turn off Improve the model for everyone.", category: "AI training", steps: "Settings · Data Controls" },
  { id: "slack-email", title: "Ask Slack not to use your workspace", platformName: "Slack", summary: "The workspace owner emails Slack.", category: "Data sharing", steps: "Email feedback@slack.com" },
];

describe("the search index", () => {
  it("finds guides by platform, words in steps and prefixes, best match first", () => {
    const index = buildSearchIndex(documents);
    expect(searchGuides(index, "chatgpt")).toEqual(["chatgpt-improve"]);
    expect(searchGuides(index, "data controls")).toEqual(["chatgpt-improve"]);
    expect(searchGuides(index, "linked")).toEqual(["linkedin-ai"]);
    expect(searchGuides(index, "training")[0]).not.toBe("slack-email");
    expect(searchGuides(index, "   ")).toEqual([]);
  });

  it("tolerates a typo", () => {
    expect(searchGuides(buildSearchIndex(documents), "linkedn")).toEqual(["linkedin-ai"]);
  });

  it("gives the same results after a round trip through JSON, as the browser loads it", () => {
    const index = buildSearchIndex(documents);
    const loaded = loadSearchIndex(JSON.stringify(index));
    for (const query of ["slack", "ai", "privacy"]) expect(searchGuides(loaded, query)).toEqual(searchGuides(index, query));
  });
});
