import { expect, test, type Page } from "@playwright/test";
import { expectSaved, newEmail, signIn } from "@/tests/e2e/fixtures/accounts";

/**
 * The e2e server runs on tests/fixtures/content-e2e: the real guides and change entries plus two
 * made-up ones: an action-needed change on 2026-06-01 touching "open-data-privacy" and
 * "turn-off-ai-training", and an info change on 2026-06-02 touching "sign-in". Ticks are made
 * with the browser clock set to 2026-05-01, before those changes, then the clock returns to now.
 */
const GUIDE = "/guides/linkedin-ai-training";
const BEFORE_FIXTURE_CHANGE = new Date("2026-05-01T10:00:00Z");
const item = (page: Page, id: string) => page.locator(`li[data-step-id="${id}"]`);
const badge = (page: Page) => page.getByRole("link", { name: /^Dashboard/ }).locator("[data-attention-count]");

async function tickEverythingBeforeTheChange(page: Page) {
  await page.clock.install({ time: BEFORE_FIXTURE_CHANGE });
  await page.goto(GUIDE);
  await expect(item(page, "sign-in").getByRole("checkbox")).toBeEnabled();
  await page.getByRole("button", { name: "Mark all done" }).click();
}

async function expectAttentionOnFixtureSteps(page: Page) {
  await page.goto(GUIDE);
  await expect(item(page, "open-data-privacy")).toHaveAttribute("data-state", "attention");
  await expect(item(page, "turn-off-ai-training")).toHaveAttribute("data-state", "attention");
  await expect(item(page, "sign-in")).toHaveAttribute("data-state", "done");
  await expect(item(page, "open-data-privacy").getByText("Needs attention: re-check")).toBeVisible();
  await expect(item(page, "open-data-privacy").locator("[data-attention-note]")).toContainText("Changed on June 1, 2026");
  await expect(badge(page)).toHaveText(/^2/);
  await expect(page.getByText("3 of 5 done · 2 need attention")).toBeVisible();
}

test("an anonymous person's ticks made before a change need attention until checked again", async ({ page }) => {
  await tickEverythingBeforeTheChange(page);
  await page.clock.setSystemTime(new Date());
  await expectAttentionOnFixtureSteps(page);

  // The dashboard puts the guide under "Needs attention".
  await page.goto("/dashboard");
  const section = page.locator('[data-dashboard-section="needs-attention"]');
  await expect(section.getByRole("link", { name: "Stop LinkedIn from using your data to train generative AI" })).toBeVisible();
  await expect(section.getByText("3 of 5 done · 2 need attention")).toBeVisible();

  // "Checked again" clears one step; re-ticking the box clears the other.
  await page.goto(GUIDE);
  await item(page, "open-data-privacy").getByRole("button", { name: "Checked again" }).click();
  await expect(item(page, "open-data-privacy")).toHaveAttribute("data-state", "done");
  await expect(badge(page)).toHaveText(/^1/);
  await item(page, "turn-off-ai-training").getByRole("checkbox").check();
  await expect(item(page, "turn-off-ai-training")).toHaveAttribute("data-state", "done");
  await expect(badge(page)).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "All done" })).toBeVisible();

  await page.goto("/dashboard");
  await expect(page.locator('[data-dashboard-section="completed"]').getByText("5 of 5 done")).toBeVisible();
});

test("a signed-in person sees the same on another device", async ({ browser }) => {
  const email = newEmail("attention");
  const phone = await browser.newContext();
  const page = await phone.newPage();
  await signIn(page, email);
  await tickEverythingBeforeTheChange(page);
  await expectSaved(page);
  const signedIn = await phone.storageState();
  await phone.close();

  // The dashboard comes rendered from the account: it shows without running any JavaScript.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: signedIn });
  const dashboard = await noScript.newPage();
  await dashboard.goto("/dashboard");
  const section = dashboard.locator('[data-dashboard-section="needs-attention"]');
  await expect(section.getByRole("link", { name: "Stop LinkedIn from using your data to train generative AI" })).toBeVisible();
  await expect(section.getByText("3 of 5 done · 2 need attention")).toBeVisible();
  await noScript.close();

  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await signIn(other, email);
  await other.goto(GUIDE);
  await expect(item(other, "open-data-privacy")).toHaveAttribute("data-state", "attention");
  await expectAttentionOnFixtureSteps(other);
  await item(other, "open-data-privacy").getByRole("button", { name: "Checked again" }).click();
  await item(other, "turn-off-ai-training").getByRole("button", { name: "Checked again" }).click();
  await expectSaved(other);
  await expect(badge(other)).toHaveCount(0);
  await laptop.close();
});

test("steps touched by a change say so on the guide page, even without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(GUIDE);
  // The history is listed once, folded below the checklist, naming the steps each change touched.
  const history = page.locator("details#history");
  await expect(history.getByRole("heading", { name: /Changes to this setting/ })).toBeVisible();
  await history.getByText(/Changes to this setting/).click();
  await expect(history).toContainText("June 1, 2026");
  await expect(history).toContainText("Switch the setting to Off");
  await expect(page.getByRole("list", { name: "Changes to this step" })).toHaveCount(0);
  await context.close();
});

// A real entry added with the library's history (issue 15), not a fixture: Mistral's guide was
// corrected on 2026-12-04 (Le Chat is now Vibe), and that entry touches two of its steps.
test("a real guide correction flags the steps ticked before it on the real guide", async ({ page }) => {
  const guide = "/guides/mistral-le-chat-training";
  await page.clock.install({ time: new Date("2026-11-01T10:00:00Z") });
  await page.goto(guide);
  await expect(item(page, "open-le-chat-privacy").getByRole("checkbox")).toBeEnabled();
  await page.getByRole("button", { name: "Mark all done" }).click();
  await expect(item(page, "avoid-feedback-buttons")).toHaveAttribute("data-state", "done");

  await page.clock.setSystemTime(new Date());
  await page.goto(guide);
  for (const step of ["open-le-chat-privacy", "turn-off-training"]) {
    await expect(item(page, step)).toHaveAttribute("data-state", "attention");
    await expect(item(page, step).locator("[data-attention-note]")).toContainText("Changed on December 4, 2026");
  }
  await expect(item(page, "avoid-feedback-buttons")).toHaveAttribute("data-state", "done");
});
