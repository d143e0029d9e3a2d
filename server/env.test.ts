import { describe, expect, test } from "vitest";
import { parseEnv } from "@/server/env";

const SECRET = "x".repeat(32);

describe("parseEnv", () => {
  test("production without AUTH_URL is refused, naming the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: SECRET })).toThrow(/AUTH_URL: is required in production/);
  });

  test("production with AUTH_URL starts", () => {
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: SECRET, AUTH_URL: "https://offswitch.example" }).AUTH_URL).toBe("https://offswitch.example");
  });

  test("a production build (prerendering) and development need no AUTH_URL", () => {
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).AUTH_URL).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "development" }).AUTH_URL).toBeUndefined();
  });

  test("TRUSTED_PROXY_HOPS defaults to 0 (the socket's address) and must be a small whole number", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "yes" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
