import { expect, test, type Page } from "@playwright/test";

const GUIDE = "/guides/linkedin-ai-training";
const STEP_IDS = ["sign-in", "open-settings", "open-data-privacy", "find-generative-ai-setting", "turn-off-ai-training"];

const stepItem = (page: Page, id: string) => page.locator(`li[data-step-id="${id}"]`);
const stepCheckbox = (page: Page, id: string) => stepItem(page, id).getByRole("checkbox");

async function openGuide(page: Page) {
  await page.goto(GUIDE);
  // Ticking waits for the browser's saved progress to be read (the box is disabled until then).
  await expect(stepCheckbox(page, "sign-in")).toBeEnabled();
}

test("the LinkedIn guide renders its five steps in order, keyed by step id", async ({ page }) => {
  await openGuide(page);
  await expect(page.getByRole("heading", { level: 1, name: "Stop LinkedIn from using your data to train generative AI" })).toBeVisible();
  const ids = await page.locator("li[data-step-id]").evaluateAll((items) => items.map((item) => item.getAttribute("data-step-id")));
  expect(ids).toEqual(STEP_IDS);
  await expect(page.getByRole("link", { name: /Data for Generative AI Improvement|Open the setting/i }).first()).toHaveAttribute(
    "href",
    "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
  );
  await expect(page.locator("header").getByText(/^Last (verified|checked) November 3, 2025/)).toBeVisible();
});

test("two ticked steps survive a reload and show on the guides list", async ({ page }) => {
  await openGuide(page);
  await page.getByRole("checkbox", { name: "Sign in to LinkedIn" }).check();
  await stepCheckbox(page, "open-settings").check();
  await expect(page.getByText("2 of 5 done")).toBeVisible();

  await page.reload();
  await expect(stepCheckbox(page, "sign-in")).toBeChecked();
  await expect(stepCheckbox(page, "open-settings")).toBeChecked();
  await expect(stepCheckbox(page, "open-data-privacy")).not.toBeChecked();
  await expect(page.getByText("2 of 5 done")).toBeVisible();

  const stored = await page.evaluate(() => JSON.parse(window.localStorage.getItem("offswitch.progress.v1") ?? "{}"));
  expect(Object.keys(stored["linkedin-ai-training"]).sort()).toEqual(["open-settings", "sign-in"]);

  await page.goto("/guides");
  const card = page.getByRole("article").filter({ hasText: "Stop LinkedIn from using your data" });
  await expect(card.getByText("2 of 5 done")).toBeVisible();
});

test("a second tab sees ticks as they happen", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openGuide(first);
  await openGuide(second);

  await stepCheckbox(first, "sign-in").check();
  await stepCheckbox(first, "open-data-privacy").check();
  await expect(stepCheckbox(second, "sign-in")).toBeChecked();
  await expect(stepCheckbox(second, "open-data-privacy")).toBeChecked();
  await expect(second.getByText("2 of 5 done")).toBeVisible();

  // And back the other way, without either tab overwriting the other's ticks.
  await stepCheckbox(second, "open-settings").check();
  await expect(stepCheckbox(first, "open-settings")).toBeChecked();
  await expect(first.getByText("3 of 5 done")).toBeVisible();
});

test("keyboard alone (Tab and Space) completes the guide", async ({ page }) => {
  await openGuide(page);
  for (const id of STEP_IDS) {
    const box = stepCheckbox(page, id);
    for (let presses = 0; presses < 40 && !(await box.evaluate((el) => el === document.activeElement)); presses += 1) {
      await page.keyboard.press("Tab");
    }
    await expect(box).toBeFocused();
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
  }
  await expect(page.getByRole("status").filter({ hasText: "All done" })).toBeVisible();
  await expect(page.getByText("5 of 5 done")).toBeVisible();
});

test("mark all done, then start over after confirming", async ({ page }) => {
  await openGuide(page);
  await page.getByRole("button", { name: "Mark all done" }).click();
  for (const id of STEP_IDS) await expect(stepCheckbox(page, id)).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: "All done" })).toBeVisible();

  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(stepCheckbox(page, "sign-in")).toBeChecked();

  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("button", { name: "Yes, start over" }).click();
  for (const id of STEP_IDS) await expect(stepCheckbox(page, id)).not.toBeChecked();
  await expect(page.getByText("0 of 5 done")).toBeVisible();
});

test("step details expand and collapse; a step ticked now keeps its instructions open", async ({ page }) => {
  await openGuide(page);
  const toggle = stepItem(page, "open-data-privacy").getByRole("button", { name: /details/ });
  const details = page.locator("#step-open-data-privacy-details");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(details).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(details).toBeHidden();
  await toggle.click();
  await expect(details).toBeVisible();

  await stepCheckbox(page, "open-data-privacy").check();
  await expect(details).toBeVisible();
  // Tapping a step's title (to read it) neither ticks it nor folds it.
  await stepItem(page, "open-settings").getByRole("heading").click();
  await expect(stepCheckbox(page, "open-settings")).not.toBeChecked();
  await expect(page.locator("#step-open-settings-details")).toBeVisible();
  // On the next visit, done steps start folded.
  await page.reload();
  await expect(stepCheckbox(page, "open-data-privacy")).toBeChecked();
  await expect(details).toBeHidden();
});

test("the device picker shows one device's instructions, and identical phone paths once", async ({ page }) => {
  await openGuide(page);
  const firstStep = stepItem(page, "open-settings");
  const picker = page.getByRole("combobox", { name: "Device" });
  // A desktop browser starts on the web instructions.
  await expect(picker).toHaveValue("web");
  await expect(firstStep.locator('[data-device-variant="web"]')).toBeVisible();
  await expect(firstStep.locator('[data-device-variant~="ios"]')).toBeHidden();
  await picker.selectOption("android");
  await expect(firstStep.locator('[data-device-variant~="android"]')).toBeVisible();
  await expect(firstStep.locator('[data-device-variant~="android"]')).toContainText("Phone (iPhone and Android)");
  await expect(firstStep.locator('[data-device-variant="web"]')).toBeHidden();
  await picker.selectOption("all");
  await expect(firstStep.locator('[data-device-variant="web"]')).toBeVisible();
  // iPhone and Android paths are the same in this step: printed once.
  await expect(firstStep.locator("[data-device-variant]")).toHaveCount(2);
  // The choice is remembered.
  await page.reload();
  await expect(picker).toHaveValue("all");
});

test("the last tick brings \"All done\" into view with what to do next", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openGuide(page);
  for (const id of STEP_IDS) await stepCheckbox(page, id).check();
  const panel = page.locator("[data-guide-complete]");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("status")).toContainText("All done");
  await expect(panel).toBeInViewport();
  await expect(panel.getByRole("link", { name: /Get an email if LinkedIn changes this setting/ })).toHaveAttribute("href", "#alerts-heading");
  await expect(panel.getByRole("link", { name: "Your plan" })).toHaveAttribute("href", "/plan");
  // The tick box keeps focus: nothing jumps away under the keyboard.
  await expect(stepCheckbox(page, "turn-off-ai-training")).toBeFocused();
});
