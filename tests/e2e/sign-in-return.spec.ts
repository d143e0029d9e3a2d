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
  await expect(page.getByRole("alert")).toContainText("Enter an email address like name@example.com.");
  await expect(field).toHaveValue("name@@example.com");
  await expect(field).toHaveAttribute("aria-invalid", "true");
});
