import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectSaved, magicLinkFor, newEmail, serverProgress, signOutHere } from "@/tests/e2e/fixtures/accounts";
import { expectNoAxeViolationsLightAndDark } from "@/tests/e2e/fixtures/axe";

/**
 * Login CSRF (issue 12, item 5). A sign-in link works in any browser, so someone can send a
 * visitor a link to their own account. The first sync of an account in a browser must never put
 * that browser's ticks (which say what privacy settings the visitor changed) into the account
 * without the visitor's yes.
 */

// Two browsers and a sign-in by email per test, on a busy shared machine.
test.describe.configure({ timeout: 180_000 });

const GUIDE = "/guides/linkedin-ai-training";
const box = (page: Page, id: string) => page.locator(`li[data-step-id="${id}"]`).getByRole("checkbox");
const mergeDialog = (page: Page) => page.getByRole("dialog", { name: /^Add the \d+ ticks? in this browser to / });

/** What an attacker does: ask for a link to their own account from their own browser, and keep it unopened. */
async function linkToAnotherAccount(browser: Browser, email: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requestedAt = new Date();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await context.close();
  return magicLinkFor(email, requestedAt);
}

/** A visitor ticks two steps without an account, then opens the link someone sent them. */
async function visitorOpensLink(page: Page, link: string) {
  await page.goto(GUIDE);
  await box(page, "open-data-privacy").check();
  await box(page, "turn-off-ai-training").check();
  await page.goto(link);
  await expect(mergeDialog(page)).toBeVisible();
}

test("a link to someone else's account, opened in a browser with ticks, merges nothing unless asked; keeping them separate gives them back at sign-out", async ({ browser }) => {
  const attacker = newEmail("login-csrf-attacker");
  const link = await linkToAnotherAccount(browser, attacker);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await visitorOpensLink(page, link);

  const dialog = mergeDialog(page);
  await expect(dialog).toHaveAccessibleName(`Add the 2 ticks in this browser to ${attacker}?`);
  // Nothing has been sent while the question is open, however long the visitor takes.
  await page.waitForTimeout(1500);
  expect(await serverProgress(page)).toEqual({});

  // It fits a 390 px screen, and the safe answer has the focus.
  const size = await dialog.boundingBox();
  expect(size?.width ?? 1000).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(dialog.getByRole("button", { name: "Keep them separate" })).toBeFocused();
  await expectNoAxeViolationsLightAndDark(page);

  // Escape closes it, which keeps the ticks separate: the account never gets them.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.goto(GUIDE);
  await expectSaved(page);
  await expect(box(page, "open-data-privacy")).not.toBeChecked();
  expect(await serverProgress(page)).toEqual({});
  // Not asked again on the next page: the answer holds for this account in this browser.
  await page.reload();
  await expectSaved(page);
  await expect(mergeDialog(page)).toBeHidden();
  expect(await serverProgress(page)).toEqual({});

  // Signing out of the other account gives the visitor's own ticks back to this browser.
  await signOutHere(page);
  await page.goto(GUIDE);
  await expect(box(page, "open-data-privacy")).toBeChecked();
  await expect(box(page, "turn-off-ai-training")).toBeChecked();
  await context.close();
});

test("answering Add, by keyboard, puts the browser's ticks into the account", async ({ browser }) => {
  const email = newEmail("login-merge-yes");
  const link = await linkToAnotherAccount(browser, email);
  const context = await browser.newContext();
  const page = await context.newPage();
  await visitorOpensLink(page, link);
  expect(await serverProgress(page)).toEqual({});

  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Add 2 ticks" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(mergeDialog(page)).toBeHidden();
  await expect.poll(async () => Object.keys((await serverProgress(page))["linkedin-ai-training"] ?? {}).sort()).toEqual(["open-data-privacy", "turn-off-ai-training"]);
  await page.goto(GUIDE);
  await expectSaved(page);
  await expect(box(page, "open-data-privacy")).toBeChecked();
  await context.close();
});

test("a browser whose ticks the account already has is not asked", async ({ browser }) => {
  const email = newEmail("login-merge-none");
  const link = await linkToAnotherAccount(browser, email);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.goto(GUIDE);
  await expectSaved(page);
  await expect(mergeDialog(page)).toBeHidden();
  await context.close();
});

const planOffer = (page: Page) => page.getByRole("group", { name: "Save the plan in this browser to your account?" });

/** A visitor picks LinkedIn for their plan without an account, opens the link someone sent them, and opens the plan page. */
async function planLinkedInThenOpen(page: Page, link: string) {
  await page.goto("/plan");
  await page.getByRole("checkbox", { name: "LinkedIn", exact: true }).check();
  await page.goto(link);
  await page.goto("/plan");
  await expect(planOffer(page)).toBeVisible();
}

test("a privacy plan made in the browser is not saved to another account unless asked; kept separate, it comes back at sign-out", async ({ browser }) => {
  const attacker = newEmail("login-csrf-plan");
  const link = await linkToAnotherAccount(browser, attacker);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const linkedin = page.getByRole("checkbox", { name: "LinkedIn", exact: true });
  await planLinkedInThenOpen(page, link);
  const offer = planOffer(page);
  await expectNoAxeViolationsLightAndDark(page);
  expect((await (await page.request.get("/api/plan")).json()).plan).toBeNull();

  await offer.getByRole("button", { name: "Keep it separate" }).click();
  await expect(offer).toBeHidden();
  await expect(linkedin).not.toBeChecked();
  await page.reload();
  await expect(page.locator('[data-plan-account="saved"]')).toBeVisible();
  expect((await (await page.request.get("/api/plan")).json()).plan).toBeNull();

  await signOutHere(page);
  await page.goto("/plan");
  await expect(linkedin).toBeChecked();
  await context.close();
});

test("answering Save puts the browser's plan into the account", async ({ browser }) => {
  const link = await linkToAnotherAccount(browser, newEmail("login-plan-yes"));
  const context = await browser.newContext();
  const page = await context.newPage();
  await planLinkedInThenOpen(page, link);
  await planOffer(page).getByRole("button", { name: "Save to my account" }).click();
  // The server's first plan save compiles the content library (to know the platforms): slow on a busy machine.
  await expect.poll(async () => (await (await page.request.get("/api/plan")).json()).plan, { timeout: 30_000 }).toMatchObject({ platforms: ["linkedin"] });
  await context.close();
});
