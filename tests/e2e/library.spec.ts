import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import matter from "gray-matter";
import { expectNoAxeViolationsLightAndDark } from "@/tests/e2e/fixtures/axe";
import { guideListResponseSchema, guideResponseSchema } from "@/lib/dataset/guide-dataset-schema";

// Several page loads per test: slow on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

// The e2e content's guides are the real library (a symlink to content/guides): count, don't hard-code.
const ALL_GUIDES = readdirSync("tests/fixtures/content-e2e/guides")
  .filter((file) => file.endsWith(".mdx"))
  .map((file) => file.replace(/\.mdx$/, ""))
  .sort();

// What the filters should show, read from the guides' own front matter rather than assumed.
const FRONTMATTER = ALL_GUIDES.map((slug) => ({ slug, ...(matter(readFileSync(`tests/fixtures/content-e2e/guides/${slug}.mdx`, "utf8")).data as { category: string; minutes: number }) }));
const PRIVACY_HABITS = FRONTMATTER.filter((guide) => guide.category === "privacy-habits").map((guide) => guide.slug);
const PRIVACY_HABITS_QUICK = FRONTMATTER.filter((guide) => guide.category === "privacy-habits" && guide.minutes <= 5).map((guide) => guide.slug);

const cards = (page: Page) => page.locator("[data-guide-slug]");
const slugsShown = async (page: Page) => cards(page).evaluateAll((items) => items.map((item) => item.getAttribute("data-guide-slug")));

test.describe("search and filters", () => {
  test("search runs in the browser over the prebuilt index, and the query is in the URL", async ({ page }) => {
    const searches: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("search-index")) searches.push(request.url());
    });
    await page.goto("/guides");
    await expect(cards(page)).toHaveCount(ALL_GUIDES.length);
    const search = page.getByRole("searchbox", { name: "Search guides" });
    await search.fill("linkedin");
    await expect(page).toHaveURL(/\?q=linkedin$/);
    // Other guides mention LinkedIn too (its owner is Microsoft); the LinkedIn guide ranks first.
    // The first query waits for the index to load (30+ guides; slow on a busy machine).
    await expect.poll(async () => (await slugsShown(page))[0], { timeout: 20_000 }).toBe("linkedin-ai-training");
    await search.fill("generative training");
    await expect.poll(() => slugsShown(page)).toContain("linkedin-ai-training");
    await search.fill("habits regularly");
    await expect.poll(async () => (await slugsShown(page))[0]).toBe("review-privacy-settings");
    await search.fill("zzzz-nothing");
    await expect(page.getByText("No guide matches")).toBeVisible();
    // The index is fetched once; no request per query.
    expect(searches).toHaveLength(1);
  });

  test("filters narrow the list, live in the URL, and survive a reload", async ({ page }) => {
    await page.goto("/guides");
    expect(PRIVACY_HABITS).toContain("review-privacy-settings");
    expect(PRIVACY_HABITS_QUICK.length).toBeLessThan(PRIVACY_HABITS.length);
    const shownSorted = async () => (await slugsShown(page)).sort();
    await page.getByLabel("Category").selectOption({ label: "Privacy habits" });
    await expect(page).toHaveURL(/\?category=privacy-habits$/);
    await expect.poll(shownSorted).toEqual(PRIVACY_HABITS);
    await expect(page.getByRole("status").filter({ hasText: `${PRIVACY_HABITS.length} of ${ALL_GUIDES.length} guides` })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Category")).toHaveValue("privacy-habits");
    await expect.poll(shownSorted).toEqual(PRIVACY_HABITS);
    await page.getByLabel("Time needed").selectOption({ label: "5 minutes or less" });
    if (PRIVACY_HABITS_QUICK.length === 0) await expect(page.getByText("No guide matches")).toBeVisible();
    else await expect.poll(shownSorted).toEqual(PRIVACY_HABITS_QUICK);
    await page.getByRole("button", { name: "Clear search and filters" }).click();
    await expect(cards(page)).toHaveCount(ALL_GUIDES.length);
    await expect(page).toHaveURL(/\/guides$/);
  });

  test("a filtered view is a link; invalid values are ignored", async ({ page }) => {
    await page.goto("/guides?platform=linkedin&device=ios&region=eea");
    await expect.poll(() => slugsShown(page)).toEqual(["linkedin-ai-training"]);
    await expect(page.getByLabel("Platform")).toHaveValue("linkedin");
    await page.goto("/guides?category=cooking&time=999&device=fax");
    await expect(page.getByLabel("Category")).toHaveValue("");
    await expect.poll(async () => (await slugsShown(page)).length).toBe(ALL_GUIDES.length);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the guide index lists every guide, even with filters in the URL", async ({ page }) => {
    await page.goto("/guides?category=privacy-habits");
    await expect(cards(page)).toHaveCount(ALL_GUIDES.length);
    await expect(page.getByRole("searchbox")).toHaveCount(0);
  });
});

test("a platform page lists its guides and links to its changes", async ({ page }) => {
  await page.goto("/platforms");
  await page.getByRole("link", { name: "LinkedIn" }).click();
  await expect(page).toHaveURL(/\/platforms\/linkedin$/);
  await expect(page.getByRole("heading", { level: 1, name: "LinkedIn privacy guides" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Stop LinkedIn from using your data to train generative AI" })).toBeVisible();
  // Alerts for the whole platform can be asked for right here.
  const alerts = page.getByRole("region", { name: "Get an email when LinkedIn settings change" });
  await expect(alerts.locator('input[name="scope"]')).toHaveValue("platform");
  await expect(alerts.locator('input[name="scopeSlug"]')).toHaveValue("linkedin");
  await expect(alerts.getByRole("button", { name: "Subscribe to alerts" })).toBeVisible();
  await page.getByRole("link", { name: "Settings changes on LinkedIn" }).click();
  await expect(page).toHaveURL(/\/changes\/platform\/linkedin$/);
  expect((await page.goto("/platforms/no-such-platform"))?.status()).toBe(404);
});

test.describe("the open dataset", () => {
  test("an OPTIONS request never breaks the dataset for the GETs after it", async ({ request }) => {
    // With ISR, Next 16 kept the 204 answer to an OPTIONS request as the route's page, and every
    // GET after it was a 500 ("Invalid response status code 204") until the next regeneration.
    for (const path of ["/api/guides", "/api/guides/linkedin-ai-training"]) {
      for (let round = 0; round < 3; round += 1) {
        expect((await request.fetch(path, { method: "OPTIONS" })).status(), `OPTIONS ${path}`).toBeLessThan(300);
        const response = await request.get(path);
        expect(response.status(), `GET ${path} after OPTIONS`).toBe(200);
        expect(response.headers()["access-control-allow-origin"]).toBe("*");
      }
    }
  });

  test("/api/guides and every /api/guides/<slug> match the published schema", async ({ request }) => {
    const listResponse = await request.get("/api/guides");
    expect(listResponse.status()).toBe(200);
    const list = guideListResponseSchema.parse(await listResponse.json());
    expect(list.license.name).toBe("CC BY 4.0");
    expect(list.guides.map((guide) => guide.slug).sort()).toEqual(ALL_GUIDES);
    for (const summary of list.guides) {
      const response = await request.get(summary.dataUrl);
      expect(response.status()).toBe(200);
      const { guide } = guideResponseSchema.parse(await response.json());
      expect(guide.steps).toHaveLength(summary.stepCount);
      // The list and each guide are read one after the other, so a verification recorded in
      // between (review.spec verifies a guide today, in parallel) may show in the second only.
      expect(summary.lastVerified === guide.lastVerified || [summary.lastVerified, guide.lastVerified].includes(new Date().toISOString().slice(0, 10)), `${summary.slug}: ${summary.lastVerified} vs ${guide.lastVerified}`).toBe(true);
    }
  });

  test("an unknown guide is a 404", async ({ request }) => {
    expect((await request.get("/api/guides/no-such-guide")).status()).toBe(404);
  });
});

test.describe("freshness", () => {
  test("a guide verified more than 180 days ago says it may be out of date", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-11-29T12:00:00Z"));
    await page.goto("/guides/linkedin-ai-training");
    // Said in visible words, not a tooltip: when, what it means, and what is still safe to do.
    const note = page.locator("header [data-freshness=stale]");
    await expect(note).toBeVisible();
    await expect(note).toContainText("Last checked November 3, 2025, over 6 months ago.");
    await expect(note).toContainText("The steps are still safe: each says what you should see.");
    await expect(note).not.toHaveAttribute("title");
  });

  test("the answer is computed against today's date in the browser, not frozen at build time", async ({ page }) => {
    // Verified 2025-11-03: fresh until 2026-05-02.
    await page.clock.setFixedTime(new Date("2025-12-01T12:00:00Z"));
    await page.goto("/guides/linkedin-ai-training");
    await expect(page.locator("li[data-step-id]").getByRole("checkbox").first()).toBeEnabled();
    await expect(page.locator("[data-freshness=stale]")).toHaveCount(0);
  });
});

test("a guide prints as a paper checklist: no navigation or buttons, every step and link address", async ({ page }) => {
  await page.goto("/guides/linkedin-ai-training");
  const steps = page.locator("li[data-step-id]");
  await expect(steps.first().getByRole("checkbox")).toBeEnabled();
  await steps.first().getByRole("checkbox").check();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Mark all done" })).toBeHidden();
  await expect(steps).toHaveCount(5);
  for (const step of await steps.all()) await expect(step).toBeVisible();
  // The done step's details, folded on screen, are open on paper; every device's instructions show.
  await expect(steps.first().locator('[id$="-details"]')).toBeVisible();
  await expect(page.locator('[data-device-variant="android"]').first()).toBeVisible();
  // Tick boxes print empty, whatever their state on screen.
  const box = await steps.first().getByRole("checkbox").evaluate((input) => {
    const style = getComputedStyle(input);
    return { appearance: style.appearance, border: style.borderTopStyle };
  });
  expect(box).toEqual({ appearance: "none", border: "solid" });
  const deepLink = page.locator('a[href="https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"]').first();
  expect(await deepLink.evaluate((link) => getComputedStyle(link, "::after").content)).toContain("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement");
});

test.describe("accessibility", () => {
  // Two full axe runs per page are slow on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  for (const path of ["/guides?q=linkedin&region=eea", "/platforms", "/platforms/linkedin"]) {
    test(`${path} has no axe-core violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expectNoAxeViolationsLightAndDark(page);
    });
  }
});

test("the sitemap lists the library's pages, and every address in it answers 200", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const paths = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
  expect(paths).toEqual(expect.arrayContaining(["/", "/guides", "/platforms", "/platforms/linkedin", "/plan", "/changes", ...ALL_GUIDES.map((slug) => `/guides/${slug}`)]));
  // Private pages are noindex and stay out of it.
  for (const privatePath of ["/dashboard", "/account", "/notifications"]) expect(paths).not.toContain(privatePath);
  for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);
});
