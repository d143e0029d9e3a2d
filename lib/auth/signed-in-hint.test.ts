import { describe, expect, test } from "vitest";
import { hasSignedInHint, signedInHintCookieOptions } from "@/lib/auth/signed-in-hint";

describe("signedInHintCookieOptions", () => {
  test("Secure when the site is served over https", () => {
    expect(signedInHintCookieOptions(60, "https://offswitch.example").secure).toBe(true);
  });

  test("not Secure on plain http (a local copy), where a Secure cookie would never be sent back", () => {
    expect(signedInHintCookieOptions(60, "http://127.0.0.1:3000").secure).toBe(false);
  });

  test("readable by the page's script, site-wide, Lax", () => {
    expect(signedInHintCookieOptions(60, "https://offswitch.example")).toMatchObject({ path: "/", sameSite: "lax", maxAge: 60, httpOnly: false });
  });
});

describe("hasSignedInHint", () => {
  test("finds the cookie among others", () => {
    expect(hasSignedInHint("a=1; offswitch-signed-in=1")).toBe(true);
    expect(hasSignedInHint("a=1; not-offswitch-signed-in=1")).toBe(false);
  });
});
