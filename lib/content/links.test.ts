import { describe, expect, it } from "vitest";
import { linkProblem } from "@/lib/content/links";

describe("linkProblem", () => {
  it.each([
    "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
    "/guides/linkedin-ai-training",
    "#faq",
    "mailto:feedback@slack.com?subject=Slack%20Global%20model%20opt-out%20request",
  ])("accepts %s", (href) => expect(linkProblem(href)).toBeUndefined());

  it.each([
    ["http://www.linkedin.com", "must use https://"],
    ["https:/broken", "malformed URL"],
    ["https://exa mple.com", "malformed URL"],
    ["javascript:alert(1)", "must use https://"],
    ["//evil.example/x", "malformed site path"],
    ["mailto:nobody", "malformed mailto"],
    ["linkedin.com/settings", "malformed URL"],
  ])("refuses %s", (href, message) => expect(linkProblem(href)).toContain(message));
});
