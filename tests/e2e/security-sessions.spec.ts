import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { magicLinkFor, newEmail, signIn, signOutHere } from "@/tests/e2e/fixtures/accounts";
import { withE2eDatabase } from "@/tests/e2e/fixtures/e2e-database";

/**
 * ASVS 5.0 items about sessions, sign-in links, enumeration and logs that the older specs
 * (accounts.spec.ts) do not already cover. docs/security.md maps each item to its test.
 */

// Sign-ins go through the real form, mailbox and link; on a busy shared machine that takes a while.
test.describe.configure({ timeout: 120_000 });

const SERVER_LOG = process.env.E2E_SERVER_LOG ?? "test-results/e2e-server.log";

async function sessionRows(email: string): Promise<number> {
  return withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ sessions: number }>(
      `SELECT count(*)::int AS sessions FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`,
      [email],
    );
    return rows[0]?.sessions ?? -1;
  });
}

async function requestLink(page: import("@playwright/test").Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
}

test("deleting the account ends its sessions on every device", async ({ browser }) => {
  const email = newEmail("delete-everywhere");
  const phone = await (await browser.newContext()).newPage();
  const laptop = await (await browser.newContext()).newPage();
  await signIn(phone, email);
  await signIn(laptop, email);
  expect(await sessionRows(email)).toBe(2);

  await laptop.goto("/account");
  await laptop.getByLabel("Type your email address to confirm").fill(email);
  await laptop.getByRole("button", { name: "Delete my account" }).click();
  await expect(laptop).toHaveURL(/\/\?account=deleted$/);

  // The phone never signed out, yet its session is gone with the account.
  expect((await phone.request.get("/api/progress")).status()).toBe(401);
  await phone.goto("/account");
  await expect(phone.getByText("You are not signed in")).toBeVisible();
  expect(await sessionRows(email)).toBe(0);
  await phone.context().close();
  await laptop.context().close();
});

test("a sign-in link is bound to its address: another address in it is refused", async ({ page }) => {
  const email = newEmail("bound");
  const requestedAt = new Date();
  await requestLink(page, email);
  const link = new URL(await magicLinkFor(email, requestedAt));
  const other = newEmail("intruder");
  link.searchParams.set("email", other);
  await page.goto(link.toString());
  await expect(page.getByText("expired or has already been used")).toBeVisible();
  expect((await page.request.get("/api/progress")).status()).toBe(401);
  expect(await sessionRows(other)).toBe(0);
});

test("asking for a link says the same whether or not the address has an account", async ({ browser }) => {
  const known = newEmail("known");
  const setup = await (await browser.newContext()).newPage();
  await signIn(setup, known);
  await setup.context().close();

  const answers: string[] = [];
  for (const email of [known, newEmail("unknown")]) {
    const page = await (await browser.newContext()).newPage();
    await requestLink(page, email);
    answers.push(`${page.url()}\n${(await page.locator("main").innerText()).replaceAll(email, "<email>")}`);
    await page.context().close();
  }
  expect(answers[0]).toBe(answers[1]);
  expect(answers[0]).toContain("/sign-in/check-email");
});

test("no sign-in token, session token, address or secret reaches the server's log", async ({ page }) => {
  expect(existsSync(SERVER_LOG), `${SERVER_LOG} is written by scripts/e2e-server.mjs; restart a server started another way`).toBe(true);
  const email = newEmail("logs");
  const requestedAt = new Date();
  await requestLink(page, email);
  const link = await magicLinkFor(email, requestedAt);
  await page.goto(link);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"))?.value;
  // Failures are what usually get logged: a used link, a forged sign-out, a bad API body.
  await page.goto(link);
  await page.request.post("/api/progress", { headers: { "Content-Type": "application/json" }, data: Buffer.from("{\"marks\":") });
  await signOutHere(page);

  const token = new URL(link).searchParams.get("token");
  const secret = readFileSync("test-results/e2e-auth-secret", "utf8").trim();
  expect(token).toBeTruthy();
  expect(session).toBeTruthy();
  // Give the server a moment to flush what it printed.
  await page.waitForTimeout(500);
  const log = readFileSync(SERVER_LOG, "utf8");
  expect(log.length).toBeGreaterThan(0);
  for (const [name, value] of Object.entries({ "sign-in token": token, "session token": session, "AUTH_SECRET": secret, "email address": email })) {
    expect(log.includes(value ?? ""), `the ${name} appears in ${SERVER_LOG}`).toBe(false);
    expect(log.includes(encodeURIComponent(value ?? "")), `the ${name} (URL-encoded) appears in ${SERVER_LOG}`).toBe(false);
  }
});

test("a session token has 256 random bits, and signing out ends it on the server, not just in the browser", async ({ page, browser }) => {
  await signIn(page, newEmail("sign-out"));
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name.endsWith("authjs.session-token"));
  expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

  await signOutHere(page);

  // Someone who copied the cookie before the sign-out gets nothing with it afterwards.
  const replay = await browser.newContext();
  await replay.addCookies([{ ...(cookie as NonNullable<typeof cookie>) }]);
  expect((await replay.request.get("/api/progress")).status()).toBe(401);
  await replay.close();
});

test("the stored sign-in token is a hash, never the token in the link", async ({ page }) => {
  const email = newEmail("hashed");
  const requestedAt = new Date();
  await requestLink(page, email);
  const token = new URL(await magicLinkFor(email, requestedAt)).searchParams.get("token") ?? "";
  expect(token.length).toBeGreaterThanOrEqual(32);
  const stored = await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ token: string }>(`SELECT token FROM "VerificationToken" WHERE identifier = $1`, [email]);
    return rows.map((row) => row.token);
  });
  expect(stored).toHaveLength(1);
  expect(stored[0]).not.toBe(token);
  expect(stored[0]).not.toContain(token);
});

test("a sign-in never ends on another site, whatever callbackUrl says", async ({ page, baseURL }) => {
  for (const callbackUrl of ["https://evil.example/", "//evil.example/", "/\\evil.example"]) {
    const email = newEmail("redirect");
    const requestedAt = new Date();
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await page.goto(await magicLinkFor(email, requestedAt));
    expect(new URL(page.url()).origin, callbackUrl).toBe(new URL(baseURL ?? "").origin);
  }
});
