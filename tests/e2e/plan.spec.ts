import { expect, test, type Page } from "@playwright/test";
import { newEmail, signIn } from "@/tests/e2e/fixtures/accounts";
import { expectNoAxeViolationsLightAndDark } from "@/tests/e2e/fixtures/axe";

// Sign-in by email and axe runs in light and dark are slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

const summary = (page: Page) => page.locator("[data-plan-summary]");
const planGuide = (page: Page, slug: string) => page.locator(`[data-plan-guide="${slug}"]`);

async function openPlan(page: Page, path = "/plan") {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 2, name: "Your services" })).toBeVisible();
}

test("anonymous: pick services and a region, get one checklist, tick it, and keep it across reloads", async ({ page }) => {
  await openPlan(page);
  await expect(page.getByText("Pick the services you use to see every setting")).toBeVisible();
  await page.getByRole("checkbox", { name: "LinkedIn", exact: true }).check();
  await page.getByRole("checkbox", { name: "Review habits for every service", exact: true }).check();
  await page.getByLabel("Where do you live?").selectOption({ label: "EU & EEA" });
  await expect(page).toHaveURL(/\/plan\?platforms=linkedin,all-platforms&region=eea$/);
  await expect(summary(page)).toContainText("2 guides · about 33 minutes in all");
  await expect(summary(page)).toContainText("0 of 10 steps done");

  await planGuide(page, "linkedin-ai-training").getByRole("checkbox", { name: "Sign in to LinkedIn" }).check();
  await expect(summary(page)).toContainText("1 of 10 steps done");
  await expect(planGuide(page, "linkedin-ai-training")).toContainText("1 of 5 done");

  // The tick is the guide's own tick: the guide page shows it too.
  await page.goto("/guides/linkedin-ai-training");
  await expect(page.locator('li[data-step-id="sign-in"]').getByRole("checkbox")).toBeChecked();

  await page.goto("/plan");
  await expect(page.getByRole("checkbox", { name: "LinkedIn", exact: true })).toBeChecked();
  await expect(page.getByLabel("Where do you live?")).toHaveValue("eea");
  await expect(summary(page)).toContainText("1 of 10 steps done");
  await page.getByRole("checkbox", { name: "Review habits for every service", exact: true }).uncheck();
  await expect(summary(page)).toContainText("1 guide · about 3 minutes in all");
});

test("a shared link carries the selection only, never progress, and does not replace your own plan until you keep it", async ({ page, browser }) => {
  await openPlan(page);
  await page.getByRole("checkbox", { name: "LinkedIn", exact: true }).check();
  await planGuide(page, "linkedin-ai-training").getByRole("checkbox", { name: "Sign in to LinkedIn" }).check();
  const shareUrl = await page.getByLabel(/Link to share this plan/).inputValue();
  expect(new URL(shareUrl).search).toBe("?platforms=linkedin");

  const friend = await browser.newContext();
  const friendPage = await friend.newPage();
  await friendPage.goto("/plan");
  await friendPage.getByRole("checkbox", { name: "Review habits for every service", exact: true }).check();
  await openPlan(friendPage, new URL(shareUrl).pathname + new URL(shareUrl).search);
  await expect(friendPage.locator("[data-plan-shared]")).toBeVisible();
  await expect(friendPage.getByRole("checkbox", { name: "LinkedIn", exact: true })).toBeChecked();
  await expect(summary(friendPage)).toContainText("0 of 5 steps done");
  // Their own plan is still theirs until they keep the shared one.
  await friendPage.goto("/plan");
  await expect(friendPage.getByRole("checkbox", { name: "Review habits for every service", exact: true })).toBeChecked();
  await expect(friendPage.getByRole("checkbox", { name: "LinkedIn", exact: true })).not.toBeChecked();
  await openPlan(friendPage, "/plan?platforms=linkedin");
  await friendPage.getByRole("button", { name: "Keep this as my plan" }).click();
  await expect(friendPage.locator("[data-plan-shared]")).toHaveCount(0);
  await friendPage.goto("/plan");
  await expect(friendPage.getByRole("checkbox", { name: "LinkedIn", exact: true })).toBeChecked();
  await friend.close();
});

test("signed in: the plan is saved to the account, follows the person to a fresh browser, and is in the data export", async ({ page, browser }) => {
  const email = newEmail("plan");
  await signIn(page, email);
  await openPlan(page);
  await expect(page.locator('[data-plan-account="saved"]')).toBeVisible();
  await page.getByRole("checkbox", { name: "LinkedIn", exact: true }).check();
  await page.getByLabel("Where do you live?").selectOption({ label: "United Kingdom" });
  // The server's first plan save compiles the content library (to know the platforms): slow on a busy machine.
  await expect(page.locator('[data-plan-account="saved"]')).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await (await page.request.get("/api/plan")).json()).plan).toMatchObject({ platforms: ["linkedin"], region: "uk" });

  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await signIn(otherPage, email);
  await openPlan(otherPage);
  await expect(otherPage.getByRole("checkbox", { name: "LinkedIn", exact: true })).toBeChecked();
  await expect(otherPage.getByLabel("Where do you live?")).toHaveValue("uk");
  await elsewhere.close();

  const exported = await (await page.request.get("/api/account/export")).json();
  expect(exported.privacyPlan).toMatchObject({ platforms: ["linkedin"], region: "uk" });

  // Signed out, this browser forgets the account's plan (a shared computer keeps nothing).
  await page.context().clearCookies();
  await openPlan(page);
  await expect(page.getByRole("checkbox", { name: "LinkedIn", exact: true })).not.toBeChecked();
  await expect(page.locator('[data-plan-account="anonymous"]')).toBeVisible();
});

test.describe("the plan API refuses what it must", () => {
  test("without a session, cross-site, or with a bad body; nothing is saved", async ({ page, request, baseURL }) => {
    const put = (data: unknown, headers: Record<string, string> = {}) => page.request.put("/api/plan", { data, headers });
    expect((await request.put("/api/plan", { data: { platforms: ["linkedin"], region: null } })).status()).toBe(401);
    await signIn(page, newEmail("plan-api"));
    expect((await put({ platforms: ["linkedin"], region: null }, { Origin: "https://evil.example" })).status()).toBe(403);
    const bad = await put({ platforms: ["Not A Slug"], region: "mars", progress: {} });
    expect(bad.status()).toBe(400);
    expect((await put({ platforms: ["no-such-platform"], region: null })).status()).toBe(400);
    expect((await (await page.request.get("/api/plan")).json()).plan).toBeNull();
    expect((await put({ platforms: ["linkedin"], region: null }, { Origin: new URL(baseURL ?? "").origin })).status()).toBe(200);
  });
});

test("the plan page has no axe-core violations, empty and filled in with a step needing attention", async ({ page }) => {
  await openPlan(page);
  await expectNoAxeViolationsLightAndDark(page);
  // Ticked long before the fixture change entries (June 2026) that touch this guide's steps.
  await page.evaluate(() => {
    const at = "2024-01-01T00:00:00.000Z";
    const steps = ["sign-in", "open-settings", "open-data-privacy", "find-generative-ai-setting", "turn-off-ai-training"];
    localStorage.setItem("offswitch.progress.v1", JSON.stringify({ "linkedin-ai-training": Object.fromEntries(steps.map((step) => [step, { done: true, at }])) }));
  });
  await openPlan(page, "/plan?platforms=linkedin");
  await expect(summary(page)).toContainText(/need(s)? attention/);
  await expect(page.getByText("Needs attention: re-check").first()).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page);
});
