import { devices, expect as baseExpect, test, type Page } from "@playwright/test";

/**
 * Issue 16 item 1 on a 390 px phone: the plan and the guide library never drop a platform because
 * of where the person lives. Meta's only guide is for the EU, EEA and UK; someone in the United
 * States still sees it, set apart, with why and what applies to them.
 */
// Hydration can take a while on a shared 2-core machine.
const expect = baseExpect.configure({ timeout: 20_000 });
const SCREEN = { width: 390, height: 844 };
const META_GUIDE = "meta-ai-objection";
const WHY_FOR_US = "This guide applies in the EU & EEA and the United Kingdom, not in the United States.";

test.use({ viewport: SCREEN, userAgent: devices["iPhone 15"].userAgent, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });

async function openPlan(page: Page, path = "/plan") {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 2, name: "Your services" })).toBeVisible();
}

/** Nothing on the page is wider than the screen. */
async function expectNoSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SCREEN.width);
}

test("plan: Meta picked with LinkedIn and OpenAI in the United States stays in the plan, with why and what applies there", async ({ page }) => {
  await openPlan(page);
  for (const name of ["LinkedIn", "Meta (Facebook, Instagram)", "OpenAI (ChatGPT)"]) await page.getByRole("checkbox", { name, exact: true }).check();
  await page.getByLabel("Where do you live?").selectOption({ label: "United States" });
  await expect(page).toHaveURL(/\/plan\?platforms=linkedin,meta,openai&region=us$/);

  const summary = page.locator("[data-plan-summary]");
  await expect(summary).toContainText("Also picked: Meta (Facebook, Instagram), whose guide is for another region");
  const meta = page.locator(`[data-plan-outside-guide="${META_GUIDE}"]`);
  await expect(page.getByRole("heading", { level: 3, name: "Not for where you live" })).toBeVisible();
  await expect(meta).toContainText(WHY_FOR_US);
  await expect(meta).toContainText("Outside the EU, EEA and UK there is no objection form");
  // The guide itself is one tap away, and its minutes are not counted in a plan it does not apply to.
  await expect(meta.getByRole("link", { name: /Object to Meta using your Facebook and Instagram posts/ })).toHaveAttribute("href", `/guides/${META_GUIDE}`);
  await expect(page.locator(`[data-plan-guide="${META_GUIDE}"]`)).toHaveCount(0);
  // The services list takes two columns on a phone, so the checklist starts within two screens, not four.
  const checklistTop = (await page.getByRole("heading", { level: 2, name: "Your checklist" }).boundingBox())?.y ?? Infinity;
  test.info().annotations.push({ type: "checklist heading at 390 px", description: `${Math.round(checklistTop)} px (${(checklistTop / SCREEN.height).toFixed(1)} screens)` });
  expect(checklistTop).toBeLessThan(2 * SCREEN.height);
  await summary.getByRole("link", { name: "what applies where you live" }).click();
  await expect(meta).toBeInViewport();
  await expectNoSideways(page);

  // In the EU the same plan counts Meta's guide as one to do.
  await page.getByLabel("Where do you live?").selectOption({ label: "EU & EEA" });
  await expect(page.locator(`[data-plan-guide="${META_GUIDE}"]`)).toBeVisible();
  await expect(page.locator("[data-plan-outside]")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/plan-regions-eea.png", fullPage: false });
});

test("plan: “Somewhere else” is a place to live, and keeps a platform whose only guide is regional", async ({ page }) => {
  await openPlan(page, "/plan?platforms=meta&region=elsewhere");
  await expect(page.getByLabel("Where do you live?")).toHaveValue("elsewhere");
  await expect(page.getByLabel("Where do you live?").locator("option:checked")).toHaveText("Somewhere else");
  await expect(page.locator("[data-plan-summary]")).toContainText("No guide for these services applies where you live yet");
  await expect(page.locator(`[data-plan-outside-guide="${META_GUIDE}"]`)).toContainText("This guide applies in the EU & EEA and the United Kingdom, not where you live.");
  await page.screenshot({ path: "test-results/screenshots/plan-regions-elsewhere.png", fullPage: true });
});

test("plan: “All platforms” picks every platform, and unticking it clears them", async ({ page }) => {
  await openPlan(page);
  const services = page.getByRole("group", { name: "Which services do you use?" });
  const every = services.getByRole("checkbox", { name: "All platforms", exact: true });
  const platformBoxes = services.getByRole("listitem").getByRole("checkbox");
  const count = await platformBoxes.count();
  expect(count).toBeGreaterThan(20);

  await every.check();
  for (let index = 0; index < count; index += 1) await expect(platformBoxes.nth(index)).toBeChecked();
  await expect(services.getByRole("checkbox", { name: "Review habits for every service", exact: true })).toBeChecked();
  // Every platform has a guide, so the plan holds at least one guide per platform.
  await expect(page.locator("[data-plan-guide]").nth(count - 1)).toBeVisible();

  // One platform off: the box reads as mixed, not as "all".
  await services.getByRole("checkbox", { name: "LinkedIn", exact: true }).uncheck();
  await expect(every).not.toBeChecked();
  expect(await every.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);

  await every.check();
  await every.uncheck();
  for (let index = 0; index < count; index += 1) await expect(platformBoxes.nth(index)).not.toBeChecked();
  await expect(page.getByText("Pick the services you use to see every setting")).toBeVisible();
});

test("library: searching “facebook” in the United States shows Meta's guide under “Not for your region”, with why", async ({ page }) => {
  await page.goto("/guides?q=facebook&region=us");
  const status = page.getByRole("status").filter({ hasText: "guides" });
  await expect(status).toContainText(/0 of \d+ guides, and 1 more for other regions \(listed below\)/);
  await expect(page.getByText("No guide for your region matches; the guides below are for other regions")).toBeVisible();
  const outside = page.locator("[data-guides-outside]");
  await expect(outside.getByRole("heading", { level: 2, name: "Not for your region" })).toBeVisible();
  const meta = outside.locator(`[data-guide-slug="${META_GUIDE}"]`);
  await expect(meta).toContainText(WHY_FOR_US);
  await expect(meta).toContainText("Outside the EU, EEA and UK there is no objection form");
  await expect(meta.getByRole("link", { name: /Object to Meta/ }).first()).toBeVisible();
  await expectNoSideways(page);
  await page.screenshot({ path: "test-results/screenshots/guides-facebook-us.png", fullPage: true });

  // The region still narrows: in the UK Meta's guide is an ordinary result, and nothing is set apart.
  await page.getByLabel("Region", { exact: true }).selectOption({ label: "United Kingdom" });
  await expect(page).toHaveURL(/region=uk/);
  await expect(page.locator(`ul[aria-label="Guides"] [data-guide-slug="${META_GUIDE}"]`)).toBeVisible();
  await expect(outside).toHaveCount(0);

  await page.getByLabel("Region", { exact: true }).selectOption({ label: "Somewhere else" });
  await expect(page).toHaveURL(/region=elsewhere/);
  await expect(page.locator(`[data-guides-outside] [data-guide-slug="${META_GUIDE}"]`)).toContainText("not where you live");
});

test("library: the platform filter offers no “All platforms” choice that would read as “no filter”", async ({ page }) => {
  await page.goto("/guides");
  // On a phone the filters are folded behind one button, so the guides come first.
  const toggle = page.getByRole("button", { name: "Filters" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByLabel("Platform")).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const platform = page.getByLabel("Platform");
  await expect(platform.locator("option", { hasText: /^All platforms$/ })).toHaveCount(0);
  await platform.selectOption({ label: "Review habits for every service" });
  await expect(page).toHaveURL(/platform=all-platforms/);
  await expect(page.locator('ul[aria-label="Guides"] [data-guide-slug="review-privacy-settings"]')).toBeVisible();
});
