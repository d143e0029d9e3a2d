import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectSaved, newEmail, signIn } from "@/tests/e2e/fixtures/accounts";
import { withE2eDatabase } from "@/tests/e2e/fixtures/e2e-database";

/**
 * The bell: a signed-in person ticks a guide, then two action-needed changes touching its steps
 * are published and their notifications fanned out by the server code the worker runs. The rows
 * are written already announced, so the worker's email fan-out never sees them (other tests'
 * subscribers get nothing from this test).
 */
const GUIDE = "linkedin-ai-training";
// Sign-in through the mailbox and axe scans are slow on a shared 2-core machine.
test.describe.configure({ timeout: 90_000 });
const BEFORE_THE_CHANGES = new Date("2026-05-01T10:00:00Z");

async function expectNoAxeViolations(page: Page) {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function publishChanges(titles: readonly string[]): Promise<string[]> {
  const ids = titles.map((_, index) => `2026-06-1${index}-e2e-bell-${randomBytes(4).toString("hex")}`);
  await withE2eDatabase(async (client) => {
    for (const [index, id] of ids.entries()) {
      await client.query(
        `INSERT INTO "Change" ("id", "guideSlug", "date", "kind", "severity", "title", "summary", "touchesAllSteps", "stepIds", "firstSeenAt", "announcedAt")
         VALUES ($1, $2, $3, 'setting-moved', 'action-needed', $4, 'Check it again.', true, '{}', now() + ($5 || ' seconds')::interval, now())`,
        [id, GUIDE, `2026-06-1${index}`, titles[index], String(index)],
      );
    }
  });
  const env = { ...process.env, DATABASE_URL: readFileSync("test-results/e2e-database-url", "utf8").trim() };
  execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "tests/e2e/fixtures/notify-change.ts", ...ids], { env, stdio: "pipe" });
  return ids;
}

test("a signed-in person sees new changes in the bell, lists them and marks them read", async ({ page }) => {
  test.setTimeout(150_000); // and a tsx child process
  await signIn(page, newEmail("bell"));
  await page.clock.install({ time: BEFORE_THE_CHANGES });
  await page.goto(`/guides/${GUIDE}`);
  await expect(page.locator("li[data-step-id]").first().getByRole("checkbox")).toBeEnabled();
  await page.getByRole("button", { name: "Mark all done" }).click();
  await expectSaved(page);
  await page.clock.setSystemTime(new Date());

  const unique = randomBytes(3).toString("hex");
  const [older, newer] = [`Bell test: the toggle moved ${unique}`, `Bell test: the toggle was renamed ${unique}`];
  await publishChanges([older, newer]);

  // A static page: the bell asks for the count itself.
  await page.goto("/guides");
  await page.getByRole("link", { name: "Notifications, 2 unread" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const items = page.locator("[data-notification-state]");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(newer);
  await expect(items.nth(1)).toContainText(older);
  await expect(items.nth(0).getByRole("link", { name: "Open the guide: Stop LinkedIn from using your data to train generative AI" })).toHaveAttribute("href", `/guides/${GUIDE}`);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: `Mark as read: ${older}` }).click();
  await expect(items.nth(1)).toHaveAttribute("data-notification-state", "read");
  await expect(page.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(items.nth(0)).toHaveAttribute("data-notification-state", "read");
  await expect(page.getByRole("link", { name: "Notifications, 0 unread" })).toBeVisible();
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);

  await page.goto("/changes");
  await expect(page.getByRole("link", { name: "Notifications, 0 unread" })).toBeVisible();
});

test("the account page turns review reminders on and offers a calendar file", async ({ page }) => {
  await signIn(page, newEmail("reminder"));
  await page.getByRole("radio", { name: "Every 3 months" }).check();
  await page.getByRole("button", { name: "Save reminder" }).click();
  await expect(page.getByText(/^Reminders are on: every 3 months, next on /)).toBeVisible();
  await expect(page.getByRole("radio", { name: "Every 3 months" })).toBeChecked();
  await page.waitForLoadState("networkidle");
  await expectNoAxeViolations(page);

  await page.getByLabel("Add a repeating reminder to your calendar").selectOption("12");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download calendar file (.ics)" }).click();
  expect((await download).suggestedFilename()).toBe("offswitch-privacy-review-every-12-months.ics");

  await page.getByRole("radio", { name: "No reminders" }).check();
  await page.getByRole("button", { name: "Save reminder" }).click();
  await expect(page.getByText("Reminders are off.")).toBeVisible();
});

test("anyone can download the .ics; a bad interval is a clear 400; anonymous visitors never ask for a count", async ({ page }) => {
  const ics = await page.request.get("/api/reminders/ics?interval=6");
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const body = await ics.text();
  expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(body).toContain("\r\nRRULE:FREQ=MONTHLY;INTERVAL=6\r\n");
  const bad = await page.request.get("/api/reminders/ics?interval=5");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { message: string } }).error.message).toBe("Choose a reminder every 3, 6 or 12 months.");
  expect((await page.request.get("/api/notifications/unread")).status()).toBe(401);

  const asked: string[] = [];
  page.on("request", (request) => request.url().includes("/api/notifications") && asked.push(request.url()));
  await page.goto("/guides");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("link", { name: /^Notifications/ })).toHaveCount(0);
  expect(asked).toEqual([]);
  await page.goto("/account");
  await expectNoAxeViolations(page);
});
