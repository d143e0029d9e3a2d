import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { newEmail, signIn } from "@/tests/e2e/fixtures/accounts";
import { withE2eDatabase } from "@/tests/e2e/fixtures/e2e-database";
import { actionHeaders, encodeActionArguments, FormArgument, serverActionIds } from "@/tests/e2e/fuzz/server-actions";
import { ACTION_TARGETS, ROUTE_TARGETS, type ActionTarget } from "@/tests/e2e/fuzz/targets";

/**
 * ASVS 5.0 V3.5.1-3.5.3: no state-changing request is accepted from another site. proxy.ts refuses
 * every cross-site POST, PUT, PATCH and DELETE before a route or server action runs; Auth.js's own
 * routes also demand its double-submit CSRF token.
 */

// Sign-ins go through the real form, mailbox and link; on a busy shared machine that takes a while.
test.describe.configure({ timeout: 120_000 });

const FORGERIES: Record<string, Record<string, string>> = {
  "another site": { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
  "a sibling subdomain": { Origin: "http://evil.127.0.0.1.nip.io", "Sec-Fetch-Site": "same-site" },
  "an opaque origin (sandboxed frame, data: URL)": { Origin: "null" },
  "an Origin header alone": { Origin: "https://evil.example" },
  "a malformed Origin": { Origin: "http://" },
  // Prefetch headers once made proxy.ts skip the whole request, CSRF gate included.
  "another site, dressed as a prefetch": { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site", Purpose: "prefetch" },
  "another site, dressed as a router prefetch": { Origin: "https://evil.example", "Next-Router-Prefetch": "1", RSC: "1" },
  // X-Forwarded-Host is the client's to send: it must not make the forger's origin look like the site's.
  "another site naming itself in X-Forwarded-Host": { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
};

const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

test("cross-site writes to every route are refused before the route runs", async ({ request }) => {
  for (const target of ROUTE_TARGETS) {
    for (const path of target.paths) {
      for (const method of WRITE_METHODS) {
        // Every kind of forgery with POST (what a form can send), one of them with the other methods.
        const forgeries = Object.entries(FORGERIES).slice(0, method === "POST" ? undefined : 1);
        for (const [forgery, headers] of forgeries) {
          const response = await request.fetch(path, { method, headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" }, data: "email=victim%40example.test", maxRedirects: 0 });
          expect(response.status(), `${method} ${path} from ${forgery}`).toBe(403);
          expect(response.headers()["cache-control"], `${method} ${path} from ${forgery}`).toBe("no-store");
        }
      }
    }
  }
});

function validArguments(target: ActionTarget, email: string): unknown[] {
  if (target.args.kind === "none") return [];
  // What the real forms send; ids and tokens are made up, as a forger who knows none would send.
  const values: Record<string, string> = { email, confirmEmail: email, callbackUrl: "/", provider: "github", interval: "12", cadence: "weekly", id: "made-up-id", token: "made-up-token", guide: "linkedin-ai-training", item: "madeupitemid", kind: "setting-moved", severity: "info", alerts: "on" };
  const form = new FormArgument(target.args.fields.map((field) => [field, values[field] ?? ""] as const));
  return target.args.kind === "form" ? [form] : [{}, form];
}

async function callAction(request: APIRequestContext, target: ActionTarget, id: string, args: unknown[], headers: Record<string, string>) {
  const encoded = encodeActionArguments(args);
  return request.post(target.page, { headers: { ...actionHeaders(id, encoded), ...headers }, data: encoded.body, maxRedirects: 0 });
}

async function accountState(email: string) {
  return withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ users: number; sessions: number; tokens: number }>(
      `SELECT (SELECT count(*)::int FROM "User" WHERE email = $1) AS users,
              (SELECT count(*)::int FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1) AS sessions,
              (SELECT count(*)::int FROM "VerificationToken" WHERE identifier = $1) AS tokens`,
      [email],
    );
    return rows[0];
  });
}

test("forged calls to every server action, with valid arguments and a signed-in victim, change nothing", async ({ page, baseURL }) => {
  const email = newEmail("csrf-victim");
  await signIn(page, email);
  const ids = serverActionIds();
  const before = await accountState(email);
  expect(before).toEqual({ users: 1, sessions: 1, tokens: 0 });
  for (const target of ACTION_TARGETS) {
    const id = ids.get(`${target.file}#${target.exportName}`) ?? "";
    expect(id, target.exportName).not.toBe("");
    for (const [forgery, headers] of Object.entries(FORGERIES)) {
      const response = await callAction(page.request, target, id, validArguments(target, email), headers);
      expect(response.status(), `${target.exportName} from ${forgery}`).toBe(403);
    }
  }
  // Deleting the account, signing out everywhere and asking for a link would each have changed this.
  expect(await accountState(email)).toEqual(before);
  expect((await page.request.get("/api/progress")).status()).toBe(200);

  // The same call from the site itself goes through, so the refusals above are about the origin alone.
  const deleteTarget = ACTION_TARGETS.find((target) => target.exportName === "deleteAccount");
  const sameSite = await callAction(page.request, deleteTarget as ActionTarget, ids.get("app/account/actions.ts#deleteAccount") ?? "", [{}, new FormArgument([["confirmEmail", "not-me@example.test"]])], {
    Origin: new URL(baseURL ?? "").origin,
    "Sec-Fetch-Site": "same-origin",
  });
  expect(sameSite.status()).toBe(200);
  expect(await sameSite.text()).toContain("Type your email address exactly");
});

async function sessionCookie(page: Page) {
  return (await page.context().cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"));
}

test("Auth.js's own routes also need its CSRF token: a same-origin POST without it signs nobody out or in", async ({ page, baseURL }) => {
  const email = newEmail("csrf-authjs");
  await signIn(page, email);
  const origin = { Origin: new URL(baseURL ?? "").origin, "Content-Type": "application/x-www-form-urlencoded" };
  await page.request.post("/api/auth/signout", { headers: origin, data: "csrfToken=forged", maxRedirects: 0 });
  const victim = newEmail("csrf-link");
  await page.request.post("/api/auth/signin/nodemailer", { headers: origin, data: `email=${encodeURIComponent(victim)}&csrfToken=forged`, maxRedirects: 0 });
  expect(await accountState(email)).toEqual({ users: 1, sessions: 1, tokens: 0 });
  expect(await accountState(victim)).toEqual({ users: 0, sessions: 0, tokens: 0 });
  expect((await page.request.get("/api/progress")).status()).toBe(200);
});

test("the session cookie is HttpOnly and SameSite=Lax, out of reach of scripts and cross-site subrequests", async ({ page }) => {
  await signIn(page, newEmail("cookie"));
  const cookie = await sessionCookie(page);
  expect(cookie).toBeTruthy();
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  expect(cookie?.path).toBe("/");
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});
