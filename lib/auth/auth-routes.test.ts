import { describe, expect, test } from "vitest";
import { isBrowserAuthRoute } from "@/lib/auth/auth-routes";

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
