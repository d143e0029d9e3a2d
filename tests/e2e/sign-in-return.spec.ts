import { expect, test } from "@playwright/test";
import { magicLinkFor, newEmail } from "@/tests/e2e/fixtures/accounts";

test.use({ viewport: { width: 390, height: 844 } });

test("signing in from a guide returns to that guide, not to the account page", async ({ page }) => {
  await page.goto("/guides/linkedin-ai-training");
  const headerLink = page.getByRole("banner").getByRole("link", { name: "Sign in" });
  await expect(headerLink).toHaveAttribute("href", "/sign-in?callbackUrl=%2Fguides%2Flinkedin-ai-training");
  await headerLink.click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  const email = newEmail("return");
  const requestedAt = new Date();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await page.goto(await magicLinkFor(email, requestedAt));
  await expect(page).toHaveURL(/\/guides\/linkedin-ai-training$/);
});

test("a mistyped address stays in the field with the error, ready to correct", async ({ page }) => {
  await page.goto("/sign-in");
  const field = page.getByLabel("Email address");
  await field.fill("name@@example.com");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  // Next.js's route announcer is also an alert region; the field's own error is the one tied to it.
  await expect(page.locator("#email-error")).toHaveText("Enter an email address like name@example.com.");
  await expect(page.locator("#email-error")).toHaveAttribute("role", "alert");
  await expect(field).toHaveAttribute("aria-describedby", /email-error/);
  await expect(field).toHaveValue("name@@example.com");
  await expect(field).toHaveAttribute("aria-invalid", "true");
});

test("the home page on a phone leads with a search box and the guides people come for", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("searchbox", { name: "Search the guides" });
  await expect(search).toBeInViewport();
  const linkedIn = page.locator('[data-guide-slug="linkedin-ai-training"]');
  // The flagship guide's card within the first two screens (it was 5.5 screens down).
  const box = await linkedIn.boundingBox();
  expect(box?.y ?? Infinity).toBeLessThan(2 * 844);
  await search.fill("facebook");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/guides\?q=facebook$/);
  await expect(page.locator('[data-guide-slug="meta-ai-objection"]')).toBeVisible();
});
