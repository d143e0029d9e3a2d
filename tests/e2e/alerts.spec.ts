import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { PgBoss } from "pg-boss";
import type { APIRequestContext, Page } from "@playwright/test";
import { newEmail, signIn } from "@/tests/e2e/fixtures/accounts";
import { expect as baseExpect, test, type Mailbox } from "@/tests/e2e/fixtures/mailbox";

// Each test walks several pages (and axe-core runs twice on some) on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const GUIDE = "linkedin-ai-training";
const e2eDatabaseUrl = () => readFileSync("test-results/e2e-database-url", "utf8").trim();

async function expectNoAxeViolations(page: Page) {
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  }
}

/**
 * Publishes a change entry the way an editor does: a new file in a copy of the fixture content,
 * `npm run content:sync` against the e2e database, then the announce job (as its cron would).
 */
async function publishChange(contentDir: string, title: string): Promise<void> {
  const date = new Date().toISOString().slice(0, 10);
  const id = `${date}-e2e-alert-${randomBytes(4).toString("hex")}`;
  writeFileSync(
    path.join(contentDir, "changes", `${id}.mdx`),
    [
      "---",
      `title: "Test fixture: ${title}"`,
      `date: ${date}`,
      `guide: ${GUIDE}`,
      "steps:",
      "  - sign-in",
      "kind: setting-moved",
      "severity: info",
      `summary: "Test fixture, not a real change: ${title}."`,
      "sources:",
      '  - title: "Test fixture source (not a real page)"',
      '    url: "https://example.com/offswitch-test-fixture/alerts"',
      '    publisher: "Test fixture"',
      "---",
      "",
      "This entry exists only for end-to-end tests.",
      "",
    ].join("\n"),
  );
  const sync = spawnSync("npm", ["run", "--silent", "content:sync"], { env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), OFFSWITCH_CONTENT_DIR: contentDir }, encoding: "utf8" });
  expect(sync.status, sync.stderr).toBe(0);
  expect(sync.stdout).toContain(id);
  const boss = new PgBoss({ connectionString: e2eDatabaseUrl(), schema: "pgboss", supervise: false, schedule: false, migrate: false });
  await boss.start();
  await boss.send("alerts-announce", {});
  await boss.stop({ graceful: false });
}

/** The link in an email whose path starts with `pathname`. */
function linkIn(message: { text: string | null; html: string | null }, pathname: string, mailbox: Mailbox): string {
  const link = mailbox.extractLinks(message).find((href) => new URL(href).pathname === pathname);
  if (!link) throw new Error(`no ${pathname} link in the email`);
  return link;
}

/** Subscribes and confirms without a browser page: the control address the second change must still reach. */
async function subscribeConfirmed(request: APIRequestContext, mailbox: Mailbox, email: string): Promise<void> {
  const response = await request.post("/api/alerts/subscribe", { form: { scope: "guide", scopeSlug: GUIDE, email, cadence: "immediate" }, maxRedirects: 0 });
  expect(response.status()).toBe(303);
  const token = new URL(linkIn(await mailbox.waitForMail({ to: email, subjectIncludes: "Confirm" }), "/alerts/confirm", mailbox)).searchParams.get("token") ?? "";
  // The result page is told what was confirmed, so it can say so and link back.
  expect((await request.post("/api/alerts/confirm", { form: { token }, maxRedirects: 0 })).headers().location).toBe(
    `/alerts/confirmed?scope=guide&scopeSlug=${GUIDE}&cadence=immediate`,
  );
}

test.describe("change alerts", () => {
  let contentDir: string;
  test.beforeAll(() => {
    contentDir = mkdtempSync(path.join(tmpdir(), "offswitch-e2e-content-"));
    cpSync("tests/fixtures/content-e2e", contentDir, { recursive: true });
  });
  test.afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

  test("subscribe anonymously from a guide, confirm by email, get the alert, unsubscribe with one click, then nothing", async ({ page, mailbox }) => {
    test.setTimeout(300_000);
    const email = newEmail("alerts");
    const control = newEmail("alerts-control");
    await subscribeConfirmed(page.request, mailbox, control);

    await page.goto(`/guides/${GUIDE}`);
    const form = page.getByRole("region", { name: "Get an email when this guide changes" });
    await form.getByLabel("Email address").fill(email);
    await form.getByRole("radio", { name: "As soon as it changes" }).check();
    await form.getByRole("button", { name: "Subscribe to alerts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email to confirm" })).toBeVisible();

    const confirmation = await mailbox.waitForMail({ to: email, subjectIncludes: "Confirm your OffSwitch alerts" });
    expect(confirmation.html).toContain("Confirm my alerts");
    await page.goto(linkIn(confirmation, "/alerts/confirm", mailbox));
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Confirm my alerts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your alerts are on" })).toBeVisible();

    await publishChange(contentDir, "the AI setting moved");
    const alert = await mailbox.waitForMail({ to: email, subjectIncludes: "the AI setting moved", timeoutMs: 90_000 });
    expect(alert.text).toContain(`/guides/${GUIDE}`);
    expect(mailbox.extractLinks(alert).some((href) => new URL(href).pathname === `/guides/${GUIDE}`)).toBe(true);
    expect(alert.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const unsubscribeUrl = /^<(.+)>$/.exec(alert.headers["list-unsubscribe"] ?? "")?.[1] ?? "";
    expect(new URL(unsubscribeUrl).pathname).toBe("/api/alerts/unsubscribe");

    // RFC 8058: the mail provider POSTs from its own server, without an Origin header; 200, no redirect.
    const oneClick = await page.request.post(unsubscribeUrl, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
    expect(oneClick.status()).toBe(200);

    const unsubscribedAt = new Date();
    await publishChange(contentDir, "the AI setting moved again");
    // The control subscriber receiving the second change proves it was sent; the unsubscribed address got nothing.
    await mailbox.waitForMail({ to: control, subjectIncludes: "the AI setting moved again", timeoutMs: 90_000 });
    await expect(mailbox.waitForMail({ to: email, after: unsubscribedAt, timeoutMs: 3_000 })).rejects.toThrow(/No mail/);
  });

  test("the unsubscribe page works without signing in, and opening it alone unsubscribes nothing", async ({ page, mailbox }) => {
    const email = newEmail("alerts-page");
    const subscribed = await page.request.post("/api/alerts/subscribe", { form: { scope: "all", email, cadence: "weekly" }, maxRedirects: 0 });
    expect(subscribed.headers().location).toBe("/alerts/check-email?scope=all&cadence=weekly");
    const confirmation = await mailbox.waitForMail({ to: email, subjectIncludes: "Confirm" });
    const unsubscribe = linkIn(confirmation, "/alerts/unsubscribe", mailbox);
    await page.goto(unsubscribe);
    await page.reload();
    await expectNoAxeViolations(page);
    // Still subscribed after two visits: the confirm link still works.
    await page.goto(linkIn(confirmation, "/alerts/confirm", mailbox));
    await page.getByRole("button", { name: "Confirm my alerts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your alerts are on" })).toBeVisible();
    await expect(page.locator("[data-alert-target]")).toHaveText("You will get an email about every settings change, in a weekly digest.");
    await expect(page.getByRole("link", { name: "See recent settings changes" })).toHaveAttribute("href", "/changes");
    await page.goto(unsubscribe);
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You are unsubscribed" })).toBeVisible();
    await expectNoAxeViolations(page);
    // A used link says so as soon as it is opened, with no button that would fail.
    const usedConfirmLink = linkIn(confirmation, "/alerts/confirm", mailbox);
    await page.goto(usedConfirmLink);
    await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Confirm my alerts" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    // Posting the used token anyway (a form kept open in another tab) gets the same clear page.
    const token = new URL(usedConfirmLink).searchParams.get("token") ?? "";
    const repeated = await page.request.post("/api/alerts/confirm", { form: { token }, maxRedirects: 0 });
    expect(repeated.headers().location).toBe("/alerts/confirm?status=invalid");
  });

  test("signed in: one click subscribes from a platform's changes; the account page lists it, changes its cadence and removes it", async ({ page }) => {
    const email = newEmail("alerts-account");
    await signIn(page, email);
    await page.goto("/changes/platform/linkedin");
    const form = page.getByRole("region", { name: "Get an email when LinkedIn settings change" });
    // Signed in, the account's address is used: no address to type, unless asked for.
    await expect(form.getByText("Alerts go to the address you signed in with")).toBeVisible();
    await expect(form.getByLabel("Email address")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await form.getByRole("button", { name: "Subscribe to alerts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You are subscribed" })).toBeVisible();
    await expect(page.locator("[data-alert-target]")).toHaveText("You will get an email about changes on LinkedIn, as soon as something changes.");
    await expect(page.getByRole("link", { name: "Back to LinkedIn" })).toHaveAttribute("href", "/platforms/linkedin");
    await page.getByRole("link", { name: "Manage your alerts" }).click();

    const list = page.getByRole("list", { name: "Your alert subscriptions" });
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list).toContainText("Changes on LinkedIn");
    await expect(list).toContainText("Confirmed");
    await expectNoAxeViolations(page);
    await list.getByLabel("How often").selectOption("weekly");
    await list.getByRole("button", { name: /^Save/ }).click();
    await page.reload();
    await expect(list.getByLabel("How often")).toHaveValue("weekly");
    await list.getByRole("button", { name: /^Remove/ }).click();
    await expect(page.getByText("You have no alerts.")).toBeVisible();

    // Another address can still be given; its owner must confirm it.
    await page.goto("/changes/platform/linkedin");
    await form.getByRole("button", { name: "Use another address" }).click();
    await form.getByLabel("Email address").fill(newEmail("alerts-other"));
    await form.getByRole("button", { name: "Subscribe to alerts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email to confirm" })).toBeVisible();
  });
});

test("signed in: a guide says \"You follow this guide\" once its alerts are on, and the result page links back to it", async ({ page }) => {
  await signIn(page, newEmail("alerts-follow"));
  await page.goto(`/guides/${GUIDE}`);
  const form = page.getByRole("region", { name: "Get an email when this guide changes" });
  await expect(form.getByText("Alerts go to the address you signed in with")).toBeVisible();
  await expect(form.locator("[data-following]")).toHaveCount(0);
  await form.getByRole("button", { name: "Subscribe to alerts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You are subscribed" })).toBeVisible();
  await expect(page.locator("[data-alert-target]")).toContainText("changes to the guide “Stop LinkedIn from using your data to train generative AI”");
  await page.getByRole("link", { name: /^Back to the guide/ }).click();
  await expect(page).toHaveURL(new RegExp(`/guides/${GUIDE}$`));
  await expect(form.locator("[data-following]")).toContainText("You follow this guide");
});

test("the following endpoint says nothing about anyone when signed out, whatever it is sent", async ({ request }) => {
  for (const guide of [GUIDE, "no-such-guide", "../x", "x".repeat(500)]) {
    const response = await request.get(`/api/alerts/following?guide=${encodeURIComponent(guide)}`);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ following: null });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the subscribe form posts, and a malformed address comes back with the error announced", async ({ page }) => {
    await page.goto("/changes");
    const form = page.getByRole("region", { name: "Get an email when any setting changes" });
    await form.getByLabel("Email address").fill("not-an-email");
    await form.getByRole("button", { name: "Subscribe to alerts" }).click();
    await expect(page).toHaveURL(/\/alerts\/subscribe\?scope=all.*error=invalid-email/);
    await expect(page.getByRole("alert")).toHaveText(/Enter a valid email address/);
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Email address").fill(newEmail("nojs"));
    await page.getByRole("button", { name: "Subscribe to alerts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email to confirm" })).toBeVisible();
  });
});

const ALERT_PAGES = [
  "/alerts/subscribe?scope=guide&scopeSlug=linkedin-ai-training&error=invalid-email",
  "/alerts/subscribe?scope=platform&scopeSlug=linkedin&error=rate-limited",
  "/alerts/check-email",
  "/alerts/subscribed",
  "/alerts/confirmed",
  "/alerts/confirm?status=invalid",
  "/alerts/unsubscribe",
  "/alerts/unsubscribed",
  "/changes/platform/linkedin",
];

for (const path of ALERT_PAGES) {
  test(`${path} has no axe-core violations, light and dark`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expectNoAxeViolations(page);
  });
}

test("the subscribe route answers scripts with clear statuses and never reveals who is subscribed", async ({ request }) => {
  const malformed = await request.post("/api/alerts/subscribe", { form: { scope: "all", email: "nope" }, headers: { Accept: "application/json" } });
  expect(malformed.status()).toBe(400);
  expect(((await malformed.json()) as { error: { message: string } }).error.message).toMatch(/email/i);
  const crossSite = await request.post("/api/alerts/subscribe", { form: { scope: "all", email: newEmail("x") }, headers: { Origin: "https://evil.example", Accept: "application/json" } });
  expect(crossSite.status()).toBe(403);
  const email = newEmail("twice");
  const answers = [];
  for (let i = 0; i < 2; i += 1) {
    const response = await request.post("/api/alerts/subscribe", { form: { scope: "guide", scopeSlug: GUIDE, email }, headers: { Accept: "application/json" } });
    answers.push([response.status(), await response.text()]);
  }
  expect(answers[1]).toEqual(answers[0]);
  const unknownToken = await request.post(`/api/alerts/unsubscribe?token=${"x".repeat(43)}`, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
  expect(unknownToken.status()).toBe(200);
});
