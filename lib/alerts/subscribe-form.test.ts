import { describe, expect, test } from "vitest";
import { subscribeErrorFor, subscribeFormSchema, subscribePagePath } from "@/lib/alerts/subscribe-form";

describe("subscribeFormSchema", () => {
  test("accepts a form post: blank email means the account's address, cadence defaults to immediate", () => {
    expect(subscribeFormSchema.parse({ scope: "guide", scopeSlug: "linkedin-ai-training", email: "  " })).toEqual({ scope: "guide", scopeSlug: "linkedin-ai-training", cadence: "immediate" });
    expect(subscribeFormSchema.parse({ scope: "all", scopeSlug: "", email: " ada@example.test ", cadence: "weekly" })).toEqual({ scope: "all", cadence: "weekly", email: "ada@example.test" });
  });

  test("refuses a malformed email, a missing or superfluous slug, and unknown scopes or cadences", () => {
    const bad = subscribeFormSchema.safeParse({ scope: "all", email: "not-an-email" });
    expect(bad.success).toBe(false);
    expect(subscribeErrorFor(bad.error?.issues ?? [])).toBe("invalid-email");
    const noSlug = subscribeFormSchema.safeParse({ scope: "platform", email: "a@example.test" });
    expect(noSlug.success).toBe(false);
    expect(subscribeErrorFor(noSlug.error?.issues ?? [])).toBe("invalid-input");
    expect(subscribeFormSchema.safeParse({ scope: "all", scopeSlug: "linkedin" }).success).toBe(false);
    expect(subscribeFormSchema.safeParse({ scope: "everything" }).success).toBe(false);
    expect(subscribeFormSchema.safeParse({ scope: "all", cadence: "hourly" }).success).toBe(false);
    expect(subscribeFormSchema.safeParse({ scope: "guide", scopeSlug: "../etc" }).success).toBe(false);
  });
});

test("subscribePagePath keeps the scope and names the error", () => {
  expect(subscribePagePath({ scope: "guide", scopeSlug: "linkedin-ai-training", cadence: "weekly" }, "invalid-email")).toBe(
    "/alerts/subscribe?scope=guide&scopeSlug=linkedin-ai-training&cadence=weekly&error=invalid-email",
  );
  expect(subscribePagePath({ scope: "all" })).toBe("/alerts/subscribe?scope=all");
});
