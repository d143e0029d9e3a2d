import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { withE2eDatabase } from "@/tests/e2e/fixtures/e2e-database";
import { expectNoAxeViolationsLightAndDark } from "./fixtures/axe";

/**
 * Issue 14 §3: every step has "This doesn't match what I see". A reader with no account and no
 * JavaScript files a report; it lands in the step's review item; bad input is refused and stores
 * nothing.
 */
const GUIDE = "linkedin-ai-training";

const reportsOfStep = (step: string) =>
  withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ReaderReport" WHERE "guideSlug" = $1 AND "stepId" = $2`, [GUIDE, step]);
    return rows[0]?.n ?? 0;
  });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a reader reports that a step does not match, sees what happens next, and the report joins the step's review item", async ({ page }) => {
    await page.goto(`/guides/${GUIDE}`);
    const step = page.locator('li[data-step-id="open-data-privacy"]');
    await step.getByRole("link", { name: /^This doesn.t match what I see/ }).click();
    await expect(page).toHaveURL(new RegExp(`/guides/${GUIDE}/report\\?step=open-data-privacy$`));
    await expect(page.getByRole("heading", { level: 1, name: "This doesn’t match what I see" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to Data privacy" })).toHaveAttribute("href", `/guides/${GUIDE}#step-open-data-privacy-title`);
    await expect(page.getByText("Your report is anonymous.")).toBeVisible();

    const words = `There is no Data privacy, only Privacy & security (${randomUUID()})`;
    await page.getByRole("textbox", { name: "What is different on your screen?" }).fill(words);
    await page.getByRole("radio", { name: "Android app" }).check();
    await page.getByRole("textbox", { name: /Where are you\?/ }).fill("Germany");
    await page.getByRole("button", { name: "Send report" }).click();

    await expect(page).toHaveURL(new RegExp(`/guides/${GUIDE}/report/sent\\?step=open-data-privacy$`));
    await expect(page.getByRole("heading", { level: 1, name: "Thank you: your report is in" })).toBeVisible();
    await expect(page.getByText(/An editor will compare step 3, “Go to Data privacy”/)).toBeVisible();
    await expect(page.getByText(/Your report is anonymous/)).toBeVisible();
    const back = page.getByRole("link", { name: "Back to step 3: Go to Data privacy" });
    await expect(back).toHaveAttribute("href", `/guides/${GUIDE}#step-open-data-privacy-title`);

    const stored = await withE2eDatabase(async (client) => {
      const { rows } = await client.query(
        `SELECT r.*, i."reason", i."priority", i."resolvedAt" FROM "ReaderReport" r JOIN "ReviewItem" i ON i."id" = r."reviewItemId" WHERE r."differs" = $1`,
        [words],
      );
      return rows;
    });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ guideSlug: GUIDE, stepId: "open-data-privacy", device: "android", region: "Germany", reason: "reader-report", priority: 200, resolvedAt: null });
    // Anonymous: the report's own columns hold nothing about who sent it.
    expect(Object.keys(stored[0] ?? {}).sort()).toEqual(["createdAt", "device", "differs", "guideSlug", "id", "priority", "reason", "region", "resolvedAt", "reviewItemId", "stepId"]);
    expect(JSON.stringify(stored[0])).not.toContain("127.0.0.1");

    await back.click();
    await expect(page).toHaveURL(new RegExp(`/guides/${GUIDE}#step-open-data-privacy-title$`));
  });

  test("bad input is refused with the problem named at the field, and nothing is stored", async ({ page }) => {
    const before = await reportsOfStep("sign-in");
    await page.goto(`/guides/${GUIDE}/report?step=sign-in`);
    // Only spaces: enough for the browser's own checks, not for ours.
    await page.getByRole("textbox", { name: "What is different on your screen?" }).fill("        ");
    await page.getByRole("radio", { name: "Web browser" }).check();
    await page.getByRole("button", { name: "Send report" }).click();

    await expect(page).toHaveURL(new RegExp(`/guides/${GUIDE}/report\\?step=sign-in&error=differs$`));
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole("heading", { name: "Your report was not sent" })).toBeVisible();
    const field = page.getByRole("textbox", { name: "What is different on your screen?" });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(/Say what is different on your screen, in 5 to 1,000 characters of plain text/);
    await expect(page.getByRole("link", { name: /Say what is different/ })).toHaveAttribute("href", "#report-differs");
    expect(await reportsOfStep("sign-in")).toBe(before);
  });
});

test("on a phone the report form and its error state have no axe-core violations, light and dark", async ({ page }) => {
  // axe needs JavaScript in the page; the form is the same server-rendered HTML either way.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/guides/${GUIDE}/report?step=sign-in&error=differs,device,region,rate-limited`);
  await expect(page.getByRole("heading", { name: "Your report was not sent" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Which device are you using?" })).toHaveAccessibleDescription(/Choose the device you are using\. Apps and websites often differ\./);
  await expect(page.getByRole("textbox", { name: /Where are you\?/ })).toHaveAccessibleDescription(/Keep “where you are” to 80 characters/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolationsLightAndDark(page);
});

test("scripts get clear statuses (400 bad input, 404 unknown step, 403 cross-site) and nothing is stored", async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  const before = await reportsOfStep("sign-in");
  const post = (form: Record<string, string>, headers: Record<string, string> = { Origin: origin }) =>
    request.post("/api/reader-reports", { form, headers: { Accept: "application/json", ...headers }, maxRedirects: 0 });

  const bad = await post({ guide: GUIDE, step: "sign-in", differs: "x".repeat(1001), device: "fax" });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: "invalid-input", message: "Please check what you wrote about this step." });
  expect(((await bad.json()).error.details as string[]).map((detail) => detail.split(":")[0])).toEqual(["differs", "device"]);

  const unknown = await post({ guide: GUIDE, step: "no-such-step", differs: "The menu is gone", device: "web" });
  expect(unknown.status()).toBe(404);
  const noTarget = await post({ differs: "The menu is gone", device: "web" });
  expect(noTarget.status()).toBe(400);
  const crossSite = await post({ guide: GUIDE, step: "sign-in", differs: "The menu is gone", device: "web" }, { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" });
  expect(crossSite.status()).toBe(403);
  // A browser's form post with bad input goes back to the form, naming the fields.
  const browser = await request.post("/api/reader-reports", { form: { guide: GUIDE, step: "sign-in", differs: "ok", device: "" }, headers: { Origin: origin }, maxRedirects: 0 });
  expect(browser.status()).toBe(303);
  expect(browser.headers().location).toBe(`/guides/${GUIDE}/report?step=sign-in&error=differs%2Cdevice`);

  expect(await reportsOfStep("sign-in")).toBe(before);
});

test("every step of a guide links to its own report page, and unknown steps are not found", async ({ page }) => {
  await page.goto(`/guides/${GUIDE}`);
  const steps = page.locator("li[data-step-id]");
  const ids = await steps.evaluateAll((items) => items.map((item) => item.getAttribute("data-step-id")));
  expect(ids.length).toBeGreaterThan(1);
  for (const id of ids) {
    await expect(page.locator(`li[data-step-id="${id}"] [data-step-report] a`)).toHaveAttribute("href", `/guides/${GUIDE}/report?step=${id}`);
  }
  expect((await page.goto(`/guides/${GUIDE}/report?step=no-such-step`))?.status()).toBe(404);
  expect((await page.goto(`/guides/no-such-guide/report?step=sign-in`))?.status()).toBe(404);
  expect((await page.goto(`/guides/${GUIDE}/report`))?.status()).toBe(404);
});
