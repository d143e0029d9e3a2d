import { describe, expect, it } from "vitest";
import { isCrossSiteWrite, siteOriginsOf } from "@/lib/security/same-origin";

const site = ["http://127.0.0.1:3000", "https://offswitch.example"];
const write = (headers: { secFetchSite?: string; origin?: string }, method = "POST") =>
  isCrossSiteWrite({ method, secFetchSite: headers.secFetchSite ?? null, origin: headers.origin ?? null, siteOrigins: site });

describe("isCrossSiteWrite", () => {
  it("lets same-origin writes and requests from outside a browser through", () => {
    expect(write({ secFetchSite: "same-origin", origin: "https://offswitch.example" })).toBe(false);
    expect(write({ origin: "http://127.0.0.1:3000" })).toBe(false);
    expect(write({ secFetchSite: "none" })).toBe(false);
    expect(write({})).toBe(false);
  });

  it("refuses writes from other sites, sibling subdomains, opaque and malformed origins", () => {
    expect(write({ secFetchSite: "cross-site", origin: "https://evil.example" })).toBe(true);
    expect(write({ secFetchSite: "same-site", origin: "https://sub.offswitch.example" })).toBe(true);
    expect(write({ origin: "https://evil.example" })).toBe(true);
    expect(write({ origin: "null" })).toBe(true);
    expect(write({ origin: "http://" })).toBe(true);
    expect(write({ origin: "https://offswitch.example.evil.example" })).toBe(true);
    expect(write({ origin: "https://evil.example" }, "delete")).toBe(true);
  });

  it("never blocks reads", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(write({ secFetchSite: "cross-site", origin: "https://evil.example" }, method)).toBe(false);
  });
});

describe("siteOriginsOf", () => {
  it("takes the request URL and its Host header", () => {
    expect(siteOriginsOf("http://127.0.0.1:3000/api/progress", new Headers({ host: "localhost:3000" }))).toEqual(["http://127.0.0.1:3000", "http://localhost:3000"]);
    expect(siteOriginsOf("http://127.0.0.1:3000/api/progress", new Headers({ host: "127.0.0.1:3000" }))).toEqual(["http://127.0.0.1:3000"]);
    expect(siteOriginsOf("http://localhost:3000/", new Headers())).toEqual(["http://localhost:3000"]);
  });

  it("never trusts X-Forwarded-Host or X-Forwarded-Proto, which any client can send", () => {
    const headers = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(siteOriginsOf("http://127.0.0.1:3000/api/progress", headers)).toEqual(["http://127.0.0.1:3000"]);
    const forged = isCrossSiteWrite({ method: "POST", secFetchSite: null, origin: "https://evil.example", siteOrigins: siteOriginsOf("http://127.0.0.1:3000/", headers) });
    expect(forged).toBe(true);
  });
});
