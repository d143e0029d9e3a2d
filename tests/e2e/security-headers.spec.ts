import { expect, test } from "@playwright/test";

const DOCUMENTS = ["/", "/guides", "/guides/linkedin-ai-training", "/guides/no-such-guide", "/sign-in", "/account", "/api/progress"];

for (const path of DOCUMENTS) {
  test(`${path} sends the security headers`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+'| 'nonce-[A-Za-z0-9+/=]+')+$/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d{8,}; includeSubDomains/);
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

test("the hashes in a prerendered page's policy match its inline scripts exactly", async ({ request }) => {
  const response = await request.get("/guides/linkedin-ai-training");
  const html = await response.text();
  const { createHash } = await import("node:crypto");
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body ?? "").filter(Boolean);
  expect(inline.length).toBeGreaterThan(0);
  const csp = response.headers()["content-security-policy"] ?? "";
  for (const body of inline) {
    const hash = createHash("sha256").update(body, "utf8").digest("base64");
    expect(csp).toContain(`'sha256-${hash}'`);
  }
});

test("static assets carry nosniff too", async ({ request, page }) => {
  await page.goto("/");
  const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const response = await request.get(script ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("a page rendered on demand carries the nonce from its policy on every script", async ({ request }) => {
  const response = await request.get("/account");
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});
