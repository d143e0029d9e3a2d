import { describe, expect, test } from "vitest";
import { isBrowserAuthRoute, withoutForeignCallbackUrl } from "@/lib/auth/auth-routes";

describe("isBrowserAuthRoute", () => {
  test.each([
    ["GET", "/api/auth/session"],
    ["GET", "/api/auth/callback/nodemailer"],
    ["GET", "/api/auth/callback/github"],
    ["GET", "/api/auth/callback/google"],
  ])("lets %s %s through", (method, path) => {
    expect(isBrowserAuthRoute(method, path)).toBe(true);
  });

  test.each([
    ["POST", "/api/auth/signin/nodemailer"],
    ["GET", "/api/auth/signin/nodemailer"],
    ["GET", "/api/auth/signin"],
    ["GET", "/api/auth/csrf"],
    ["GET", "/api/auth/providers"],
    ["POST", "/api/auth/signout"],
    ["GET", "/api/auth/signout"],
    ["POST", "/api/auth/session"],
    ["POST", "/api/auth/callback/nodemailer"],
    ["GET", "/api/auth/callback/credentials"],
    ["GET", "/api/auth/callback/nodemailer/x"],
    ["GET", "/api/auth/verify-request"],
    ["GET", "/api/auth/error"],
    ["GET", "/api/auth/session/"],
  ])("refuses %s %s", (method, path) => {
    expect(isBrowserAuthRoute(method, path)).toBe(false);
  });
});

describe("withoutForeignCallbackUrl", () => {
  const sameOrigin = (target: string) => target.startsWith("/") && !target.startsWith("//");
  const link = (callbackUrl: string) => new URL(`http://127.0.0.1:3000/api/auth/callback/nodemailer?token=t&email=a%40example.test&callbackUrl=${encodeURIComponent(callbackUrl)}`);

  test("drops a callbackUrl that leaves the site, keeping the rest of the link", () => {
    const cleaned = withoutForeignCallbackUrl(link("javascript:alert(1)"), sameOrigin);
    expect(cleaned.searchParams.has("callbackUrl")).toBe(false);
    expect(cleaned.searchParams.get("token")).toBe("t");
    expect(cleaned.searchParams.get("email")).toBe("a@example.test");
  });

  test("keeps a path on this site, and a link without one", () => {
    expect(withoutForeignCallbackUrl(link("/account"), sameOrigin).searchParams.get("callbackUrl")).toBe("/account");
    const bare = new URL("http://127.0.0.1:3000/api/auth/session");
    expect(withoutForeignCallbackUrl(bare, sameOrigin)).toBe(bare);
  });
});
