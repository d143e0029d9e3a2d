import { describe, expect, it } from "vitest";
import { signInHref } from "@/lib/auth/sign-in-link";
import { callbackPathSchema } from "@/lib/auth/sign-in-schema";

describe("signInHref", () => {
  it("returns to the page the person was on", () => {
    expect(signInHref("/guides/linkedin-ai-training")).toBe("/sign-in?callbackUrl=%2Fguides%2Flinkedin-ai-training");
    expect(signInHref("/plan")).toBe("/sign-in?callbackUrl=%2Fplan");
  });

  it("needs no return address from the home page, sign-in pages or odd paths", () => {
    for (const path of [null, undefined, "", "/", "/sign-in", "/sign-in/check-email", "//evil.example", "/api/x", "guides"]) expect(signInHref(path)).toBe("/sign-in");
  });

  it("makes a callbackUrl the sign-in page accepts unchanged", () => {
    const href = signInHref("/changes/platform/linkedin");
    const callbackUrl = new URL(href, "http://127.0.0.1").searchParams.get("callbackUrl");
    expect(callbackPathSchema.parse(callbackUrl)).toBe("/changes/platform/linkedin");
  });
});
