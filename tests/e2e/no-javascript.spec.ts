import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("a guide is fully readable without JavaScript", async ({ page }) => {
  await page.goto("/guides/linkedin-ai-training");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stop LinkedIn from using your data to train generative AI");
  await expect(page.locator("li[data-step-id]")).toHaveCount(5);
  for (const title of ["Sign in to LinkedIn", "Go to Data privacy", "Find Data for Generative AI Improvement"]) {
    await expect(page.getByRole("heading", { level: 3, name: title })).toBeVisible();
  }
  // Menu paths and every device's instructions are visible, and the deep link works as a plain link.
  await expect(page.getByRole("list", { name: "Menu path" }).first()).toBeVisible();
  await expect(page.locator('[data-device-variant="ios"]').first()).toBeVisible();
  await expect(page.locator('a[href="https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"]').first()).toBeVisible();
  await expect(page.locator("noscript p")).toBeVisible();
  await expect(page.locator("noscript p")).toHaveText(/Ticking steps off needs JavaScript/);
  // FAQ answers open natively.
  const question = page.locator("details summary").first();
  await question.click();
  await expect(page.locator("details[open]").first()).toBeVisible();
});

test("the guides list works without JavaScript", async ({ page }) => {
  await page.goto("/guides");
  await page.getByRole("link", { name: "Review your privacy settings regularly" }).click();
  await expect(page).toHaveURL(/\/guides\/review-privacy-settings$/);
  await expect(page.locator("li[data-step-id]").first()).toBeVisible();
});
