import { createHash } from "node:crypto";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { magicLinkFor, newEmail } from "@/tests/e2e/fixtures/accounts";
import { withE2eDatabase } from "@/tests/e2e/fixtures/e2e-database";

/** Issue 12: the ways around the sign-in form's limits, the redirect and the local mailbox. */

const tokensFor = (email: string) =>
  withE2eDatabase(async (client) => Number((await client.query<{ count: string }>(`SELECT count(*) FROM "VerificationToken" WHERE "identifier" = $1`, [email])).rows[0]?.count));

/** The rate-limit counter a subject would have (server/rate-limit/rate-limit.ts hashes subjects). */
const rateLimitWindow = (rule: string, subject: string) =>
  withE2eDatabase(async (client) => {
    const key = `${rule}:${createHash("sha256").update(subject.toLowerCase()).digest("base64url")}`;
    const row = (await client.query<{ count: number; windowStart: Date }>(`SELECT "count", "windowStart" FROM "RateLimitHit" WHERE "key" = $1`, [key])).rows[0];
    return { count: Number(row?.count ?? 0), windowStart: row?.windowStart.getTime() ?? 0 };
  });
const rateLimitCount = async (rule: string, subject: string) => (await rateLimitWindow(rule, subject)).count;

test("a script cannot ask Auth.js's own route for sign-in mail: no token, no mail, whatever it sends", async ({ request }) => {
  const victim = newEmail("scripted");
  // As a script does it: fetch a CSRF token, then POST the sign-in form without an Origin.
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.status()).toBe(404);
  for (let i = 0; i < 8; i += 1) {
    const response = await request.post("/api/auth/signin/nodemailer", {
      form: { email: victim, csrfToken: "whatever-it-was", callbackUrl: "/" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(404);
  }
  for (const path of ["/api/auth/signin", "/api/auth/providers", "/api/auth/signout", "/api/auth/verify-request", "/api/auth/error"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  expect(await tokensFor(victim)).toBe(0);
  // What the app does use still works.
  expect((await request.get("/api/auth/session")).status()).toBe(200);
});

test("a tampered callbackUrl in a genuine sign-in link still ends on this site", async ({ page, baseURL }) => {
  // One real sign-in per shape (a link works once), on a machine shared with other test runs.
  test.setTimeout(240_000);
  const origin = new URL(baseURL ?? "").origin;
  for (const callbackUrl of ["/\\evil.example/x", "/\t/evil.example/x", "//evil.example/x", "https://evil.example/", "javascript:alert(1)", "/.//evil.example"]) {
    const email = newEmail("tampered");
    const requestedAt = new Date();
    await page.context().clearCookies();
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible({ timeout: 20_000 });
    const link = new URL(await magicLinkFor(email, requestedAt));
    link.searchParams.set("callbackUrl", callbackUrl);
    const response = await page.request.get(link.toString(), { maxRedirects: 0 });
    expect(response.status(), callbackUrl).toBe(302);
    const location = response.headers()["location"] ?? "";
    // Resolved as the browser resolves it: tabs dropped, "\" read as "/".
    expect(new URL(location, origin).origin, `${callbackUrl} → ${location}`).toBe(origin);
  }
});

test("X-Forwarded-For and the peer-address header from a client are not its address", async ({ request, baseURL }) => {
  const spoofedForwarded = "203.0.113.77";
  const spoofedPeer = "198.51.100.77";
  const before = await rateLimitWindow("alerts-subscribe-ip", "127.0.0.1");
  const response = await request.post("/api/alerts/subscribe", {
    headers: { Origin: new URL(baseURL ?? "").origin, Accept: "application/json", "X-Forwarded-For": spoofedForwarded, "X-OffSwitch-Peer-Address": spoofedPeer },
    form: { email: newEmail("spoof"), scope: "all", cadence: "weekly" },
  });
  expect(response.status()).toBe(200);
  expect(await rateLimitCount("alerts-subscribe-ip", spoofedForwarded)).toBe(0);
  expect(await rateLimitCount("alerts-subscribe-ip", spoofedPeer)).toBe(0);
  // Counted against the socket's address instead (in the same window, or as the first hit of a new
  // one when the window rolled over while this ran).
  const after = await rateLimitWindow("alerts-subscribe-ip", "127.0.0.1");
  expect(after.windowStart === before.windowStart ? after.count - before.count : after.count).toBeGreaterThan(0);
});

test("the sign-in form counts a rotating X-Forwarded-For against the socket's address", async ({ page }) => {
  const spoofed = "203.0.113.78";
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": spoofed });
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(newEmail("rotating"));
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible({ timeout: 20_000 });
  expect(await rateLimitCount("magic-link:ip", spoofed)).toBe(0);
});

/** A raw request, so the Host header is exactly what a remote client would send. */
function getWithHost(baseURL: string, path: string, host: string): Promise<number> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname: url.hostname, port: url.port, path: url.pathname, headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

test("/dev/mail answers only a request from this machine to a loopback host", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const port = new URL(base).port;
  expect(await getWithHost(base, "/dev/mail", `127.0.0.1:${port}`)).toBe(200);
  expect(await getWithHost(base, "/dev/mail", `localhost:${port}`)).toBe(200);
  // The same machine, but a public name: what a reverse proxy on this host would forward.
  expect(await getWithHost(base, "/dev/mail", "offswitch.example")).toBe(404);
});
