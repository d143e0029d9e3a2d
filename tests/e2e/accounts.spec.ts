import { expect, test, type Page } from "@playwright/test";
import { expectSaved, magicLinkFor, newEmail, serverProgress, signIn, signOutHere } from "@/tests/e2e/fixtures/accounts";
import { withE2eDatabase } from "@/tests/e2e/fixtures/e2e-database";

const GUIDE = "/guides/linkedin-ai-training";
const box = (page: Page, id: string) => page.locator(`li[data-step-id="${id}"]`).getByRole("checkbox");

async function openGuide(page: Page) {
  await page.goto(GUIDE);
  await expect(box(page, "sign-in")).toBeEnabled();
}

test("sign in by magic link, tick, sign out, and find the ticks in a fresh browser", async ({ browser }) => {
  test.slow(); // two sign-ins by email and two browsers
  const email = newEmail("roundtrip");
  const first = await browser.newContext();
  const page = await first.newPage();
  await signIn(page, email);
  await openGuide(page);
  await box(page, "sign-in").check();
  await box(page, "open-settings").check();
  await expectSaved(page);

  await signOutHere(page);
  // Signing out clears this browser's copy of the account's ticks.
  await openGuide(page);
  await expect(box(page, "sign-in")).not.toBeChecked();
  await first.close();

  const second = await browser.newContext();
  const elsewhere = await second.newPage();
  await signIn(elsewhere, email);
  await openGuide(elsewhere);
  await expect(box(elsewhere, "sign-in")).toBeChecked();
  await expect(box(elsewhere, "open-settings")).toBeChecked();
  await expect(box(elsewhere, "open-data-privacy")).not.toBeChecked();
  await second.close();
});

test("ticks made before signing in join the account once the person says so", async ({ browser }) => {
  const email = newEmail("merge");
  const context = await browser.newContext();
  const page = await context.newPage();
  await openGuide(page);
  await box(page, "open-data-privacy").check();
  await box(page, "turn-off-ai-training").check();
  await signIn(page, email);
  // Never silently (login CSRF, tests/e2e/security-login-csrf.spec.ts): the first sync asks.
  await page.getByRole("dialog", { name: `Add the 2 ticks in this browser to ${email}?` }).getByRole("button", { name: "Add 2 ticks" }).click();
  await openGuide(page);
  await expectSaved(page);
  const saved = await serverProgress(page);
  expect(saved["linkedin-ai-training"]?.["open-data-privacy"]?.done).toBe(true);
  expect(saved["linkedin-ai-training"]?.["turn-off-ai-training"]?.done).toBe(true);
  await context.close();
});

test("ticks made while the API is unreachable are saved once it is back", async ({ browser }) => {
  const email = newEmail("offline");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await openGuide(page);
  await expectSaved(page);

  await page.route("**/api/progress", (route) => route.abort("connectionrefused"));
  await box(page, "find-generative-ai-setting").check();
  await expect(page.locator('[data-save-state="retrying"], [data-save-state="offline"]')).toBeVisible();

  // A reload while the server is still unreachable keeps the tick queued in the browser.
  await page.reload();
  await expect(box(page, "find-generative-ai-setting")).toBeChecked();

  await page.unroute("**/api/progress");
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expectSaved(page);
  expect((await serverProgress(page))["linkedin-ai-training"]?.["find-generative-ai-setting"]?.done).toBe(true);
  await context.close();
});

test("two tabs: ticks in either reach the other and the account", async ({ browser }) => {
  const email = newEmail("tabs");
  const context = await browser.newContext();
  const one = await context.newPage();
  await signIn(one, email);
  const two = await context.newPage();
  await openGuide(one);
  await openGuide(two);
  await box(one, "sign-in").check();
  await box(two, "open-settings").check();
  await expect(box(two, "sign-in")).toBeChecked();
  await expect(box(one, "open-settings")).toBeChecked();
  await expectSaved(one);
  await expect.poll(async () => Object.keys((await serverProgress(one))["linkedin-ai-training"] ?? {}).sort()).toEqual(["open-settings", "sign-in"]);
  await context.close();
});

test("a tick another tab's write dropped from the outbox still reaches the account", async ({ page }) => {
  await signIn(page, newEmail("requeue"));
  await openGuide(page);
  // What the race between tabs leaves behind: a tick in this browser's copy that is no longer in
  // the outbox, because another tab removing a confirmed mark wrote over it.
  await page.evaluate((at) => {
    const key = "offswitch.progress.v1";
    const state = JSON.parse(window.localStorage.getItem(key) ?? "{}") as Record<string, Record<string, unknown>>;
    state["linkedin-ai-training"] = { ...state["linkedin-ai-training"], "open-settings": { done: true, at } };
    window.localStorage.setItem(key, JSON.stringify(state));
  }, new Date().toISOString());
  await box(page, "sign-in").check();
  await expectSaved(page);
  // After the next save, the read-back from the account finds the lost tick and sends it again.
  await expect.poll(async () => Object.keys((await serverProgress(page))["linkedin-ai-training"] ?? {}).sort()).toEqual(["open-settings", "sign-in"]);
});

test("a sign-in link works once", async ({ page }) => {
  const email = newEmail("once");
  const requestedAt = new Date();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const link = await magicLinkFor(email, requestedAt);
  await page.goto(link);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "We couldn’t sign you in" })).toBeVisible();
  await expect(page.getByText("expired or has already been used")).toBeVisible();
});

test("an invalid email gets a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.locator("#email-error")).toHaveText(/Enter an email address/);
});

test("download my data, then delete the account: nothing is left", async ({ browser }) => {
  const email = newEmail("delete");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await openGuide(page);
  await box(page, "sign-in").check();
  await expectSaved(page);

  const exported = await page.request.get("/api/account/export");
  expect(exported.headers()["content-disposition"]).toContain("attachment");
  const data = (await exported.json()) as { account: { email: string }; progress: { stepId: string }[] };
  expect(data.account.email).toBe(email);
  expect(data.progress.map((row) => row.stepId)).toEqual(["sign-in"]);

  await page.goto("/account");
  await page.getByLabel("Type your email address to confirm").fill("someone-else@example.test");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.locator("#delete-error")).toHaveText(/exactly/);
  await page.getByLabel("Type your email address to confirm").fill(email);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/\?account=deleted$/);
  expect((await page.request.get("/api/progress")).status()).toBe(401);
  // No cookie is left that says this browser is signed in.
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("offswitch-signed-in");

  // Signing in again with the same address starts from nothing.
  await signIn(page, email);
  expect(await serverProgress(page)).toEqual({});
  await context.close();
});

test("anonymous progress exports to a file and imports back", async ({ page }, testInfo) => {
  await openGuide(page);
  await box(page, "open-settings").check();
  await page.goto("/account");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const file = testInfo.outputPath("progress.json");
  await (await download).saveAs(file);

  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.getByLabel("Import progress").setInputFiles(file);
  await expect(page.getByText("Imported 1 step")).toBeVisible();
  await openGuide(page);
  await expect(box(page, "open-settings")).toBeChecked();
});

test("sign-in links are rate-limited per address, and the answer never says whether an account exists", async ({ page }) => {
  const email = newEmail("limited");
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  }
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.locator("#email-error")).toHaveText(/Too many attempts/);
});

test("a sign-in link is valid for ten minutes, and an expired one is refused", async ({ page }) => {
  const email = newEmail("expiry");
  const requestedAt = new Date();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const link = await magicLinkFor(email, requestedAt);

  const minutesValid = await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ minutes: number }>(
      `SELECT EXTRACT(EPOCH FROM (expires - now())) / 60 AS minutes FROM "VerificationToken" WHERE identifier = $1`,
      [email],
    );
    await client.query(`UPDATE "VerificationToken" SET expires = now() - interval '1 second' WHERE identifier = $1`, [email]);
    return Number(rows[0]?.minutes);
  });
  expect(minutesValid).toBeGreaterThan(9.5);
  expect(minutesValid).toBeLessThanOrEqual(10);

  await page.goto(link);
  await expect(page.getByText("expired or has already been used")).toBeVisible();
  expect((await page.request.get("/api/progress")).status()).toBe(401);
});

test("sign out everywhere ends the sessions on other devices too", async ({ browser }) => {
  const email = newEmail("everywhere");
  const phone = await (await browser.newContext()).newPage();
  const laptop = await (await browser.newContext()).newPage();
  await signIn(phone, email);
  await signIn(laptop, email);
  await expect(laptop.getByRole("listitem").filter({ hasText: "Signed in" })).toHaveCount(2);
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/$/);
  expect((await phone.request.get("/api/progress")).status()).toBe(401);
  expect((await laptop.request.get("/api/progress")).status()).toBe(401);
  expect((await laptop.context().cookies()).map((cookie) => cookie.name)).not.toContain("offswitch-signed-in");
  await phone.context().close();
  await laptop.context().close();
});
