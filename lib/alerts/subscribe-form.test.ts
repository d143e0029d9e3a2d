import { describe, expect, test } from "vitest";
import { alertResultPath, alertResultQuerySchema, subscribeErrorCodeFor, subscribeFormSchema, subscribePagePath, subscribeTargetOf } from "@/lib/alerts/subscribe-form";

describe("subscribeFormSchema", () => {
  test("accepts a form post: blank email means the account's address, cadence defaults to immediate", () => {
    expect(subscribeFormSchema.parse({ scope: "guide", scopeSlug: "linkedin-ai-training", email: "  " })).toEqual({ scope: "guide", scopeSlug: "linkedin-ai-training", cadence: "immediate" });
    expect(subscribeFormSchema.parse({ scope: "all", scopeSlug: "", email: " ada@example.test ", cadence: "weekly" })).toEqual({ scope: "all", cadence: "weekly", email: "ada@example.test" });
  });

  test("refuses a malformed email, a missing or superfluous slug, and unknown scopes or cadences", () => {
    expect(subscribeFormSchema.safeParse({ scope: "all", email: "not-an-email" }).error?.issues[0]?.path).toEqual(["email"]);
    expect(subscribeFormSchema.safeParse({ scope: "platform", email: "a@example.test" }).error?.issues[0]?.path).toEqual(["scopeSlug"]);
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

test("subscribeErrorCodeFor names email problems apart from other ones", () => {
  expect(subscribeErrorCodeFor({ code: "invalid-input", details: ["email: Enter a valid email address"] })).toBe("invalid-email");
  expect(subscribeErrorCodeFor({ code: "invalid-input", details: ["email: required"] })).toBe("missing-email");
  expect(subscribeErrorCodeFor({ code: "invalid-input", details: ["scopeSlug: unknown"] })).toBe("invalid-input");
  expect(subscribeErrorCodeFor({ code: "rate-limited" })).toBe("rate-limited");
  expect(subscribeErrorCodeFor({ code: "forbidden" })).toBeUndefined();
});

test("subscribeTargetOf keeps the scope of a post whose email is wrong, and falls back to everything", () => {
  expect(subscribeTargetOf({ scope: "guide", scopeSlug: "linkedin-ai-training", cadence: "weekly", email: "nope" })).toEqual({ scope: "guide", scopeSlug: "linkedin-ai-training", cadence: "weekly" });
  expect(subscribeTargetOf({ scope: "guide" })).toEqual({ scope: "all" });
});

describe("alertResultPath and alertResultQuerySchema", () => {
  test("carries what was subscribed to the result page, and reads it back leniently", () => {
    const path = alertResultPath("confirmed", { scope: "guide", scopeSlug: "linkedin-ai-training", cadence: "weekly" });
    expect(path).toBe("/alerts/confirmed?scope=guide&scopeSlug=linkedin-ai-training&cadence=weekly");
    expect(alertResultQuerySchema.parse(Object.fromEntries(new URL(path, "http://x").searchParams))).toEqual({ scope: "guide", scopeSlug: "linkedin-ai-training", cadence: "weekly" });
    expect(alertResultPath("check-email", { scope: "all", scopeSlug: null })).toBe("/alerts/check-email?scope=all");
    expect(alertResultQuerySchema.parse({ scope: "everything", scopeSlug: "../x", cadence: ["weekly"] })).toEqual({});
  });
});
