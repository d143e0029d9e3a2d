import { chromium, expect, test } from "@playwright/test";
import { chromiumLaunchOptions } from "@/playwright.config";

test("ticks survive closing and reopening the browser", async ({ baseURL }, testInfo) => {
  const profile = testInfo.outputPath("chromium-profile");
  const guide = `${baseURL}/guides/review-privacy-settings`;

  const before = await chromium.launchPersistentContext(profile, chromiumLaunchOptions);
  const page = await before.newPage();
  await page.goto(guide);
  const firstBox = page.locator("li[data-step-id]").first().getByRole("checkbox");
  await expect(firstBox).toBeEnabled();
  await firstBox.check();
  await expect(firstBox).toBeChecked();
  await before.close();

  const after = await chromium.launchPersistentContext(profile, chromiumLaunchOptions);
  const reopened = await after.newPage();
  await reopened.goto(guide);
  await expect(reopened.locator("li[data-step-id]").first().getByRole("checkbox")).toBeChecked();
  await expect(reopened.locator("li[data-step-id]").nth(1).getByRole("checkbox")).not.toBeChecked();
  await after.close();
});
