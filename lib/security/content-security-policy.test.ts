import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, manifestRouteKey } from "@/lib/security/content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("buildContentSecurityPolicy", () => {
  it("allows only this origin and the hashed inline scripts in production", () => {
    const policy = buildContentSecurityPolicy({ scriptHashes: ["sha256-abc="], development: false, https: true });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'sha256-abc='");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "form-action")).toBe("form-action 'self'");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("adds the nonce for pages rendered on demand", () => {
    const policy = buildContentSecurityPolicy({ scriptHashes: [], nonce: "bm9uY2U=", development: false, https: false });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-bm9uY2U='");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("relaxes scripts and styles only in development", () => {
    const policy = buildContentSecurityPolicy({ scriptHashes: [], development: true, https: false });
    expect(directive(policy, "script-src")).toContain("'unsafe-eval'");
    expect(directive(policy, "style-src")).toContain("'unsafe-inline'");
  });
});

describe("manifestRouteKey", () => {
  it.each([
    ["/", "/"],
    ["/guides", "/guides"],
    ["/guides/", "/guides"],
    ["/guides/linkedin-ai-training", "/guides/linkedin-ai-training"],
  ])("maps %s to %s", (input, expected) => expect(manifestRouteKey(input)).toBe(expected));
});
