import { describe, expect, test } from "vitest";
import { sameOriginPath } from "@/lib/auth/safe-redirect";

const BASE = "http://127.0.0.1:3000";

describe("sameOriginPath", () => {
  test.each([
    ["/account", "/account"],
    ["/guides/linkedin-ai?x=1#step-2", "/guides/linkedin-ai?x=1#step-2"],
    ["account", "/account"],
    ["http://127.0.0.1:3000/plan", "/plan"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    // Same scheme without slashes is a relative path, as a browser reads it.
    ["http:evil.example", "/evil.example"],
  ])("keeps %s on this site as %s", (target, expected) => {
    expect(sameOriginPath(target, BASE)).toBe(expected);
  });

  test.each([
    ["a backslash after the slash", "/\\evil.example/x"],
    ["two backslashes", "\\\\evil.example"],
    ["a tab inside //", "/\t/evil.example"],
    ["a newline inside //", "/\n/evil.example"],
    ["a carriage return inside /\\", "/\r\\evil.example"],
    ["scheme-relative", "//evil.example/x"],
    ["scheme-relative with a leading space", " //evil.example"],
    ["a dot segment that collapses into //", "/.//evil.example"],
    ["an absolute URL elsewhere", "https://evil.example/"],
    ["userinfo that looks like this host", "http://127.0.0.1:3000@evil.example/"],
    ["https: without slashes (another scheme, so absolute)", "https:evil.example"],
    ["javascript:", "javascript:alert(document.cookie)"],
    ["JavaScript with a tab", "java\tscript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["another port", "http://127.0.0.1:4000/"],
    ["another scheme", "https://127.0.0.1:3000/"],
  ])("refuses %s", (_why, target) => {
    expect(sameOriginPath(target, BASE)).toBeUndefined();
  });

  test("accepts the other configured origins, as a path", () => {
    expect(sameOriginPath("https://offswitch.example/plan", BASE, ["https://offswitch.example"])).toBe("/plan");
    expect(sameOriginPath("https://evil.example/plan", BASE, ["https://offswitch.example", "not a url"])).toBeUndefined();
  });

  test("a base that is not a URL refuses everything", () => {
    expect(sameOriginPath("/account", "not a url")).toBeUndefined();
  });
});
