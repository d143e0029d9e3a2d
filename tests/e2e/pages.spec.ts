import { readdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newEmail, signIn } from "@/tests/e2e/fixtures/accounts";

const PAGES = [
  { path: "/", status: 200 },
  { path: "/guides", status: 200 },
  { path: "/guides/linkedin-ai-training", status: 200 },
  { path: "/guides/review-privacy-settings", status: 200 },
  { path: "/guides/no-such-guide", status: 404 },
  { path: "/guides/linkedin-ai-training/report?step=sign-in", status: 200 },
  { path: "/guides/linkedin-ai-training/report?step=sign-in&error=differs,device,rate-limited", status: 200 },
  { path: "/guides/linkedin-ai-training/report/sent?step=sign-in", status: 200 },
  { path: "/guides/linkedin-ai-training/report?step=no-such-step", status: 404 },
  { path: "/sign-in", status: 200 },
  { path: "/sign-in/check-email", status: 200 },
  { path: "/sign-in/error?error=Verification", status: 200 },
  { path: "/account", status: 200 },
  { path: "/no/such/page", status: 404 },
] as const;

async function expectNoAxeViolations(page: Page) {
  // Colour transitions caught halfway would be measured as low contrast.
  await page.emulateMedia({ reducedMotion: "reduce" });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

for (const { path, status } of PAGES) {
  test(`${path} answers ${status} with no axe-core violations, light and dark`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page);
  });
}

// Every guide in the library (the e2e content links to content/guides): a new guide's MDX must not
// bring an accessibility regression (a heading out of order, an unlabelled link, a long menu path).
const ALL_GUIDE_SLUGS = readdirSync("tests/fixtures/content-e2e/guides")
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => name.slice(0, -".mdx".length));

// One test per guide, so the two CI workers share the library (one test for all took 280 s).
for (const slug of ALL_GUIDE_SLUGS) {
  test(`the guide page ${slug} answers 200 with no axe-core violations`, async ({ page }) => {
    // The page's one request after load is its live status; waiting for it, not for half a
    // second of network quiet, keeps 39 guides from costing 20 s more (more on CI's machine).
    const statusLoaded = page.waitForResponse((candidate) => candidate.url().endsWith(`/api/guides/${slug}/status`));
    const response = await page.goto(`/guides/${slug}`);
    expect(response?.status(), slug).toBe(200);
    await statusLoaded;
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("a guide in progress and completed has no axe-core violations", async ({ page }) => {
  await page.goto("/guides/linkedin-ai-training");
  const boxes = page.locator("li[data-step-id]").getByRole("checkbox");
  await expect(boxes.first()).toBeEnabled();
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Mark all done" }).click();
  await expect(page.getByRole("status").filter({ hasText: "All done" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the unknown guide gets the real 404 page", async ({ page }) => {
  const response = await page.goto("/guides/no-such-guide");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We can’t find that page" })).toBeVisible();
  await page.getByRole("link", { name: "See all guides" }).click();
  await expect(page).toHaveURL(/\/guides$/);
});

test("every request any page makes stays on this origin, and nothing breaks the CSP", async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  const foreign: string[] = [];
  const cspViolations: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.origin !== origin) foreign.push(request.url());
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
  });
  for (const { path } of PAGES) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // Client-side navigation and interaction too: these load further chunks and RSC payloads.
  await page.goto("/");
  await page.getByRole("link", { name: "Browse all guides" }).click();
  await page.getByRole("link", { name: "Stop LinkedIn from using your data to train generative AI" }).click();
  await page.locator("li[data-step-id]").first().getByRole("checkbox").check();
  await page.waitForLoadState("networkidle");
  expect(foreign).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test("the signed-in account page has no axe-core violations", async ({ page }) => {
  await signIn(page, newEmail("axe"));
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
});
