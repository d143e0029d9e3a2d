import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

/**
 * The "settings changed" feed: /changes, its filters (static pages that work without
 * JavaScript), entry pages, and the Atom, RSS and JSON feeds. The server runs on real content
 * plus fixture entries, so nothing here names an entry: it reads them from /changes.
 */

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

const cards = (page: Page) => page.locator("article[data-change-id]");
const filterNav = (page: Page) => page.getByRole("navigation", { name: "Filter changes" });

/** The filters are folded into one line (a <details>) so the entries come first; open it like a person would. */
async function openFilters(page: Page) {
  await page.locator("details:has(nav[aria-label='Filter changes']) > summary").click();
  await expect(filterNav(page)).toBeVisible();
}

async function cardDates(page: Page): Promise<string[]> {
  return cards(page).locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
}

/** "Action needed (2)" -> 2: each filter link says how many entries it shows. */
async function countInLink(page: Page, name: string | RegExp): Promise<number> {
  const text = await filterNav(page).getByRole("link", { name }).first().innerText();
  return Number(/\((\d+)\)/.exec(text)?.[1]);
}

/** Every list page that has feeds: /changes, each platform's and each guide's, read from the filter nav. */
async function feedScopes(page: Page): Promise<string[]> {
  await page.goto("/changes");
  const hrefs = await filterNav(page).getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return ["/changes", ...hrefs.filter((href) => /^\/changes\/(platform|guide)\/[a-z0-9-]+$/.test(href))];
}

test("/changes lists every entry newest first, each with its guide, steps, kind and severity", async ({ page }) => {
  await page.goto("/changes");
  await expect(page.getByRole("heading", { level: 1, name: "Settings changes" })).toBeVisible();
  const count = await cards(page).count();
  expect(count).toBeGreaterThan(0);
  expect(await countInLink(page, /^All changes/)).toBe(count);
  const dates = await cardDates(page);
  expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true);
  expect(dates).toEqual([...dates].sort().reverse());
  for (const card of await cards(page).all()) {
    await expect(card.getByText(/^(Action needed|For information)$/)).toBeVisible();
    await expect(card.getByRole("heading", { level: 3 }).getByRole("link")).toHaveAttribute("href", /^\/changes\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
    await expect(card.locator('a[href^="/guides/"]')).toHaveCount(1);
    await expect(card.getByRole("definition").last()).not.toBeEmpty();
  }
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Changes" })).toHaveAttribute("href", "/changes");
});

test("an entry page shows the whole entry, the steps it touches and a way back to the guide", async ({ page }) => {
  await page.goto("/changes");
  const first = cards(page).first();
  const title = (await first.getByRole("heading", { level: 3 }).innerText()).trim();
  const guideHref = await first.locator('a[href^="/guides/"]').getAttribute("href");
  await first.getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/changes\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { level: 2, name: "Steps this touches" })).toBeVisible();
  await expect(page.locator(`main a[href="${guideHref}"]`).first()).toBeVisible();
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute("href", /\/changes\/guide\/[a-z0-9-]+\/feed\.atom$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("filters by severity, platform and guide narrow the list", async ({ page }) => {
    await page.goto("/changes");
    const total = await cards(page).count();

    await openFilters(page);
    await filterNav(page).getByRole("link", { name: /^Action needed/ }).click();
    await expect(page).toHaveURL(/\/changes\/severity\/action-needed$/);
    await expect(filterNav(page).getByRole("link", { name: /^Action needed/ })).toHaveAttribute("aria-current", "page");
    await expect(filterNav(page).locator('[aria-current="page"]')).toHaveCount(1);
    const actionNeeded = await countInLink(page, /^Action needed/);
    await expect(cards(page)).toHaveCount(actionNeeded);
    for (const card of await cards(page).all()) await expect(card.getByText("Action needed", { exact: true })).toBeVisible();

    await openFilters(page);
    const platformLink = filterNav(page).getByRole("list", { name: "Platform" }).getByRole("link").first();
    const platformName = (await platformLink.innerText()).replace(/\s*\(\d+\)$/, "").trim();
    await platformLink.click();
    await expect(page).toHaveURL(/\/changes\/platform\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(platformName);
    const onPlatform = await countInLink(page, new RegExp(`^${platformName}`));
    await expect(cards(page)).toHaveCount(onPlatform);
    expect(onPlatform).toBeLessThanOrEqual(total);
    for (const card of await cards(page).all()) await expect(card.getByRole("definition").first()).toContainText(platformName);

    // The guide of the newest entry: its page lists that entry and only entries of that guide.
    await page.goto("/changes");
    const guideHref = (await cards(page).first().locator('a[href^="/guides/"]').getAttribute("href")) ?? "";
    const guideSlug = guideHref.replace("/guides/", "");
    await openFilters(page);
    await filterNav(page).locator(`a[href="/changes/guide/${guideSlug}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/changes/guide/${guideSlug}$`));
    await expect(filterNav(page).locator(`a[href="/changes/guide/${guideSlug}"]`)).toHaveAttribute("aria-current", "page");
    expect(await cards(page).count()).toBeGreaterThan(0);
    for (const card of await cards(page).all()) await expect(card.locator('a[href^="/guides/"]')).toHaveAttribute("href", guideHref);
  });

  test("a filter with no entries is not offered, and its page says so and leads back to all changes", async ({ page }) => {
    await page.goto("/changes");
    for (const link of await filterNav(page).getByRole("link").all()) expect(await link.textContent()).not.toMatch(/\(0\)$/);
    // A guide without changes still has its page (people follow guides by it), which says so.
    const guideHrefs = await page.locator('main a[href^="/guides/"]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(guideHrefs).not.toContain("/guides/review-privacy-settings");
    await page.goto("/changes/guide/review-privacy-settings");
    await expect(cards(page)).toHaveCount(0);
    await expect(page.getByText("No changes to this guide have been recorded yet.")).toBeVisible();
    // The filter in use is shown even though it is empty, marked as the current page.
    await expect(filterNav(page).locator('a[href="/changes/guide/review-privacy-settings"]')).toHaveAttribute("aria-current", "page");
    await page.getByRole("link", { name: "See all changes" }).click();
    await expect(page).toHaveURL(/\/changes$/);
  });
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("/changes opens on its news: the first entry is on the first screen, the filters are one folded line, the subscribe form comes after the list", async ({ page }) => {
    await page.goto("/changes");
    const first = cards(page).first();
    await expect(first).toBeVisible();
    const box = await first.boundingBox();
    expect(box, "first entry has a box").not.toBeNull();
    // Its date, badge and title are within the first screen, without scrolling.
    expect((box?.y ?? Infinity) + 120).toBeLessThanOrEqual(844);
    await expect(filterNav(page)).toBeHidden();
    const summary = page.locator("details:has(nav[aria-label='Filter changes']) > summary");
    expect((await summary.boundingBox())?.height ?? Infinity).toBeLessThan(60);
    const lastCard = await cards(page).last().boundingBox();
    const form = await page.getByRole("region", { name: "Get an email when any setting changes" }).boundingBox();
    expect(form?.y ?? 0).toBeGreaterThan(lastCard?.y ?? Infinity);
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

type FeedItem = { id: string; title: string; updated: string; link: string };
type ParsedFeed = { error: string | null; head: Record<string, string>; items: FeedItem[] };

/** Parses a feed with the browser's own XML parser, returning the fields each format requires. */
async function parseXmlFeed(page: Page, text: string, format: "atom" | "rss"): Promise<ParsedFeed> {
  return page.evaluate(
    ({ text, format }): ParsedFeed => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const parserError = doc.getElementsByTagName("parsererror")[0];
      if (parserError) return { error: parserError.textContent ?? "parsererror", head: {}, items: [] };
      const atom = "http://www.w3.org/2005/Atom";
      const kids = (element: Element, name: string, namespace: string | null) =>
        [...element.children].filter((child) => child.localName === name && child.namespaceURI === namespace);
      const text1 = (element: Element, name: string, namespace: string | null) => kids(element, name, namespace)[0]?.textContent?.trim() ?? "";
      const root = doc.documentElement;
      if (format === "atom") {
        if (root.localName !== "feed" || root.namespaceURI !== atom) return { error: `root is ${root.localName}`, head: {}, items: [] };
        return {
          error: null,
          head: { title: text1(root, "title", atom), id: text1(root, "id", atom), updated: text1(root, "updated", atom) },
          items: kids(root, "entry", atom).map((entry) => ({
            id: text1(entry, "id", atom),
            title: text1(entry, "title", atom),
            updated: text1(entry, "updated", atom),
            link: kids(entry, "link", atom).find((link) => (link.getAttribute("rel") ?? "alternate") === "alternate")?.getAttribute("href") ?? "",
          })),
        };
      }
      const channel = kids(root, "channel", null)[0];
      if (root.localName !== "rss" || root.getAttribute("version") !== "2.0" || !channel) return { error: "not RSS 2.0", head: {}, items: [] };
      return {
        error: null,
        head: { title: text1(channel, "title", null), link: text1(channel, "link", null), description: text1(channel, "description", null) },
        items: kids(channel, "item", null).map((item) => ({
          id: text1(item, "guid", null),
          title: text1(item, "title", null),
          updated: text1(item, "pubDate", null),
          link: text1(item, "link", null),
        })),
      };
    },
    { text, format },
  );
}

async function fetchFeed(request: APIRequestContext, path: string, mediaType: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toBe(`${mediaType}; charset=utf-8`);
  return response.text();
}

test("every feed answers with its media type, parses with the required fields, and every item link resolves", async ({ page, request }) => {
  test.setTimeout(120_000);
  const scopes = await feedScopes(page);
  expect(scopes.length).toBeGreaterThan(2);
  const itemPaths = new Set<string>();
  for (const scope of scopes) {
    await page.goto(scope);
    const entryCount = await cards(page).count();

    const atom = await parseXmlFeed(page, await fetchFeed(request, `${scope}/feed.atom`, "application/atom+xml"), "atom");
    expect(atom.error, `${scope}/feed.atom`).toBeNull();
    expect(atom.head.title).not.toBe("");
    expect(atom.head.id).toMatch(/^https?:\/\//);
    expect(Number.isNaN(Date.parse(atom.head.updated ?? ""))).toBe(false);
    expect(atom.items).toHaveLength(entryCount);
    for (const entry of atom.items) {
      expect(entry.title).not.toBe("");
      expect(entry.id).toBe(entry.link);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    const updated = atom.items.map((entry) => entry.updated);
    expect(updated).toEqual([...updated].sort().reverse());

    const rss = await parseXmlFeed(page, await fetchFeed(request, `${scope}/feed.rss`, "application/rss+xml"), "rss");
    expect(rss.error, `${scope}/feed.rss`).toBeNull();
    expect(rss.head.title).not.toBe("");
    expect(new URL(rss.head.link ?? "").pathname).toBe(scope);
    expect(rss.head.description).not.toBe("");
    expect(rss.items).toHaveLength(entryCount);
    for (const item of rss.items) {
      expect(item.title).not.toBe("");
      expect(item.id).not.toBe("");
      expect(Number.isNaN(Date.parse(item.updated))).toBe(false);
    }

    const json = JSON.parse(await fetchFeed(request, `${scope}/feed.json`, "application/feed+json")) as {
      version: string;
      title: string;
      items: { id: string; url: string; title: string; date_published: string }[];
    };
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.title).not.toBe("");
    expect(json.items).toHaveLength(entryCount);
    for (const item of json.items) {
      expect(item.id).toBe(item.url);
      expect(item.title).not.toBe("");
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
    }

    // The same entries in the same order in all three formats and on the page.
    const pagePaths = await cards(page).evaluateAll((articles) => articles.map((article) => `/changes/${article.getAttribute("data-change-id")}`));
    for (const links of [atom.items.map((entry) => entry.link), rss.items.map((item) => item.link), json.items.map((item) => item.url)]) {
      expect(links.map((link) => new URL(link).pathname)).toEqual(pagePaths);
    }
    for (const path of pagePaths) itemPaths.add(path);
  }
  // SITE_URL may name another origin than this test server: resolve each link by its path.
  for (const path of itemPaths) expect((await request.get(path)).status(), path).toBe(200);
});

test("/changes and its filtered pages advertise their feeds with link rel=alternate", async ({ page, request }) => {
  for (const path of ["/changes", "/changes/severity/action-needed", ...(await feedScopes(page)).slice(1, 3)]) {
    await page.goto(path);
    for (const type of ["application/atom+xml", "application/rss+xml", "application/feed+json"]) {
      const links = page.locator(`head link[rel="alternate"][type="${type}"]`);
      expect(await links.count(), `${path} ${type}`).toBeGreaterThan(0);
      for (const href of await links.evaluateAll((elements) => elements.map((element) => element.getAttribute("href") ?? ""))) {
        const response = await request.get(new URL(href, "http://any.invalid").pathname);
        expect(response.status(), href).toBe(200);
        expect(response.headers()["content-type"]).toBe(`${type}; charset=utf-8`);
      }
    }
  }
});

test("the feed, a filtered page and an entry page have no axe-core violations, light and dark", async ({ page }) => {
  test.slow(); // six axe-core runs
  await page.goto("/changes");
  const entryHref = (await cards(page).first().getByRole("heading", { level: 3 }).getByRole("link").getAttribute("href")) ?? "";
  for (const path of ["/changes", "/changes/severity/action-needed", entryHref]) {
    await page.emulateMedia({ colorScheme: "light" });
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page);
  }
});
