import { devices, expect as baseExpect, test, type Page } from "@playwright/test";
import { expectNoAxeViolationsLightAndDark } from "./fixtures/axe";

/**
 * The first five minutes on a phone (issue 16): a 390 x 844 screen, an iPhone's user agent. The
 * step list and the link straight to the setting are on the first screen, one device's path shows,
 * and what a person reads once (why, history, sources) is folded below the checklist.
 */
// Hydration can take a while on a shared 2-core machine.
const expect = baseExpect.configure({ timeout: 20_000 });
const GUIDE = "/guides/linkedin-ai-training";
const SCREEN = { width: 390, height: 844 };
const DEEP_LINK = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement";

test.use({ viewport: SCREEN, userAgent: devices["iPhone 15"].userAgent, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });

async function openGuide(page: Page) {
  await page.goto(GUIDE);
  await expect(page.locator("li[data-step-id]").first().getByRole("checkbox")).toBeEnabled();
}

const bottomOf = async (page: Page, selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not rendered`);
  return box.y + box.height;
};

test("on a phone the first step and the shortcut to the setting are on the first screen", async ({ page }) => {
  await openGuide(page);
  expect(await bottomOf(page, "li[data-step-id] input[type=checkbox]")).toBeLessThanOrEqual(SCREEN.height);
  expect(await bottomOf(page, `[data-shortcut=direct] a[href="${DEEP_LINK}"]`)).toBeLessThanOrEqual(SCREEN.height);
  await expect(page.getByRole("link", { name: /Open Data for Generative AI Improvement on LinkedIn/ }).first()).toBeInViewport();
});

test("on a phone the LinkedIn guide is a few screens, not twelve", async ({ page }) => {
  await openGuide(page);
  // An iPhone's browser starts on the phone instructions; web ones are hidden.
  await expect(page.getByRole("combobox", { name: "Device" })).toHaveValue("ios");
  await expect(page.locator('li[data-step-id="open-settings"] [data-device-variant="web"]')).toBeHidden();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  test.info().annotations.push({ type: "page height at 390 px", description: `${height} px (${(height / SCREEN.height).toFixed(1)} screens)` });
  console.log(`guide-mobile: ${GUIDE} is ${height} px tall at 390 px (${(height / SCREEN.height).toFixed(1)} screens of 844 px)`);
  // Was 10,332 px (12.2 screens) with every device shown and everything unfolded; 6,123 px once laid out.
  expect(height).toBeLessThanOrEqual(7.5 * SCREEN.height);
  // Nothing is wider than the screen (a long link once was).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SCREEN.width);
});

test("why it matters, the history and the sources are folded below the checklist, each once", async ({ page }) => {
  await openGuide(page);
  const stepsBottom = await bottomOf(page, "section[aria-labelledby=steps-heading] ol");
  for (const title of [/^Why this matters$/, /^Changes to this setting/, /^Sources/]) {
    const fold = page.locator("details[data-fold]").filter({ has: page.getByRole("heading", { name: title }) });
    await expect(fold).toHaveCount(1);
    await expect(fold).not.toHaveAttribute("open");
    expect((await fold.boundingBox())!.y).toBeGreaterThan(stepsBottom);
  }
  await expect(page.getByRole("list", { name: "Changes to this step" })).toHaveCount(0);
  // The alert form comes before the folded sections, not after the sources.
  const alertsTop = (await page.locator("#alerts-heading").boundingBox())!.y;
  const sourcesTop = (await page.locator("details#sources").boundingBox())!.y;
  expect(alertsTop).toBeLessThan(sourcesTop);
  // A fold opens by keyboard.
  await page.locator("details#sources summary").focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("details#sources")).toHaveAttribute("open", "");
});

test("the save line gets its own row on a phone", async ({ page }) => {
  await openGuide(page);
  const save = page.locator("[data-save-state]");
  await expect(save).toBeVisible();
  const saveBox = (await save.boundingBox())!;
  const countBox = (await page.locator("#checklist-progress-label").boundingBox())!;
  expect(saveBox.y).toBeGreaterThanOrEqual(countBox.y + countBox.height - 1);
  // One block of text, not three squeezed columns.
  expect(saveBox.width).toBeGreaterThan(250);
});

test("the guide page at 390 px has no axe-core violations, light and dark", async ({ page }) => {
  // axe walks a long page twice (light and dark) on a shared 2-core machine.
  test.setTimeout(180_000);
  await openGuide(page);
  await expectNoAxeViolationsLightAndDark(page);
});

test("a guide without a direct link says so, and gives the nearest settings page when there is one", async ({ page }) => {
  await page.goto("/guides/claude-model-training");
  const nearest = page.locator("[data-shortcut=nearest]");
  await expect(nearest).toContainText("has no link that opens this setting directly. The nearest page:");
  await expect(nearest.getByRole("link", { name: /Open Claude's privacy settings/ })).toHaveAttribute("href", "https://claude.ai/settings/data-privacy-controls");
  await page.goto("/guides/slack-ai-training");
  await expect(page.locator("[data-shortcut=none]")).toContainText("Slack has no link that opens this setting directly, so follow the steps below.");
  // The cross-platform routine is not "All platforms has no link": it says why there is no one page.
  await page.goto("/guides/review-privacy-settings");
  await expect(page.locator("[data-shortcut=none]")).toHaveText("This routine covers every service you use, so there is no one settings page to open: each step says where to look.");
});
