import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { formatCalendarDate } from "@/lib/content/dates";
import { newEmail, signIn } from "@/tests/e2e/fixtures/accounts";
import { expectNoAxeViolationsLightAndDark } from "@/tests/e2e/fixtures/axe";
import { withE2eDatabase } from "@/tests/e2e/fixtures/e2e-database";
import { actionHeaders, encodeActionArguments, FormArgument, serverActionIds } from "@/tests/e2e/fuzz/server-actions";

/**
 * Review by editors (issue 14 §4-5): an editor signs in, opens the queue, reads the diff, marks a
 * guide still correct, and the guide page shows the new verification; everyone else gets a 404 on
 * every review page and action. The queue is seeded in the run's database directly.
 */
test.describe.configure({ mode: "serial", timeout: 120_000 });

const GUIDE = "figma-ai-content-training";
const TITLE = "Stop Figma training its AI on your team's files";
const OFFICIAL = "https://help.figma.com/hc/en-us/articles/17725942479127-Manage-AI-settings-and-content-training-for-your-team-or-organization";
const id = () => `e2e${randomBytes(8).toString("hex")}`;

/** Every page under app/review, with its dynamic segments filled in. */
function reviewPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx") pages.push(`/${path.relative("app", dir).split(path.sep).join("/")}`.replace("[guide]", GUIDE));
    }
  };
  walk("app/review");
  return pages.sort();
}

test.beforeAll(async () => {
  // A renamed setting on Figma's help page (the anchor of step 3 is gone) and a reader's report on step 2.
  await withE2eDatabase(async (client) => {
    const sourceId = id();
    const [from, to] = [id(), id()];
    await client.query(`INSERT INTO "Source" (id, url, "hintsHash", "lastCheckedAt", "lastSuccessAt") VALUES ($1, $2, 'e2e', now(), now())`, [sourceId, OFFICIAL]);
    await client.query(`INSERT INTO "SourceVersion" (id, "sourceId", hash, text, "firstSeenAt") VALUES ($1, $3, 'e2e-before', $4, '2026-11-01'), ($2, $3, 'e2e-after', $5, '2026-12-02')`, [
      from,
      to,
      sourceId,
      "Manage AI settings\nAdmin settings\nContent training\nTurn off content training for your team",
      "Manage AI settings\nAdmin settings\nAI data sharing\nTurn off AI data sharing for your team",
    ]);
    await client.query(`UPDATE "Source" SET "currentVersionId" = $1 WHERE id = $2`, [to, sourceId]);
    const [anchor, report] = [id(), id()];
    // Seeded flags are not news: marked as mailed, so the worker leaves these rows alone.
    await client.query(
      `INSERT INTO "ReviewItem" (id, "dedupeKey", "guideSlug", "stepId", "sourceId", reason, priority, "anchorPhrase", "fromVersionId", "toVersionId", "editorsNotifiedAt")
       VALUES ($1, $1, $3, 'turn-off-content-training', $4, 'anchor-missing', 300, 'Content training', $5, $6, now()),
              ($2, $2, $3, 'open-team-settings', NULL, 'reader-report', 200, NULL, NULL, NULL, now())`,
      [anchor, report, GUIDE, sourceId, from, to],
    );
    await client.query(`INSERT INTO "ReaderReport" (id, "reviewItemId", "guideSlug", "stepId", differs, device, region) VALUES ($1, $2, $3, 'open-team-settings', $4, 'web', 'Germany')`, [
      id(),
      report,
      GUIDE,
      "<b>Not bold</b>: the menu says Admin now",
    ]);
  });
});

async function makeEditor(email: string) {
  await withE2eDatabase((client) => client.query(`UPDATE "User" SET role = 'editor' WHERE email = $1`, [email]));
}

async function callAction(request: APIRequestContext, baseURL: string | undefined, name: string, fields: [string, string][]) {
  const actionId = serverActionIds().get(`app/review/actions.ts#${name}`) ?? "";
  expect(actionId, name).not.toBe("");
  const encoded = encodeActionArguments([new FormArgument(fields)]);
  return request.post("/review", { headers: { ...actionHeaders(actionId, encoded), Origin: new URL(baseURL ?? "").origin }, data: encoded.body, maxRedirects: 0 });
}

const ACTION_CALLS: [string, [string, string][]][] = [
  ["markGuideStillCorrect", [["guide", GUIDE], ["item", "madeupitem"]]],
  ["requestChangeEntry", [["guide", GUIDE], ["kind", "setting-renamed"], ["severity", "info"]]],
  ["changeReviewAlerts", [["alerts", "on"]]],
];

test("signed out, every review page and action is a 404", async ({ request, baseURL }) => {
  expect(reviewPages()).toEqual(["/review", "/review/audit", `/review/draft/${GUIDE}`]);
  for (const page of [...reviewPages(), `/review/draft/${GUIDE}?kind=setting-moved&severity=info`, "/review/nothing-here"]) {
    expect((await request.get(page)).status(), page).toBe(404);
  }
  for (const [name, fields] of ACTION_CALLS) expect((await callAction(request, baseURL, name, fields)).status(), name).toBe(404);
});

test("signed in without the editor role, every review page and action is a 404 and changes nothing", async ({ page, baseURL }) => {
  await signIn(page, newEmail("not-editor"));
  for (const url of [...reviewPages(), `/review/draft/${GUIDE}?kind=setting-moved&severity=info`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "Review queue" })).toHaveCount(0);
  }
  for (const [name, fields] of ACTION_CALLS) expect((await callAction(page.request, baseURL, name, fields)).status(), name).toBe(404);
  const counts = await withE2eDatabase(async (client) => (await client.query<{ n: number }>(`SELECT (SELECT count(*) FROM "Verification") + (SELECT count(*) FROM "EditorAction") AS n`)).rows[0]?.n);
  expect(Number(counts)).toBe(0);
});

test("an editor reads the diff, drafts a change entry, marks the guide still correct, and the guide page shows the new verification", async ({ page, browser }) => {
  const email = newEmail("editor");
  await signIn(page, email);
  await makeEditor(email);

  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const flagged = page.getByRole("region", { name: TITLE });
  await expect(flagged).toBeVisible();
  await expect(flagged.getByText("No longer on the page: “Content training”")).toBeVisible();
  // Removed lines come first, as <del>; added ones as <ins>.
  await expect(flagged.locator("del").first()).toHaveText("− Content training");
  await expect(flagged.locator("ins").first()).toHaveText("+ AI data sharing");
  // A reader's text is shown as text, never as markup.
  await expect(flagged.getByTestId("reader-report")).toContainText("<b>Not bold</b>: the menu says Admin now");
  await expectNoAxeViolationsLightAndDark(page);

  await flagged.getByLabel("Kind").selectOption("setting-renamed");
  await flagged.getByRole("button", { name: "Needs a change entry" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Draft change entry" })).toBeVisible();
  await expect(page.getByTestId("draft-file-name")).toHaveText(`content/changes/2026-12-02-${GUIDE}-setting-renamed.mdx`);
  await expect(page.getByTestId("draft-text")).toHaveValue(/guide: figma-ai-content-training\nsteps:\n {2}- open-team-settings\n {2}- turn-off-content-training\nkind: setting-renamed/);
  await expectNoAxeViolationsLightAndDark(page);

  await page.goto("/review");
  await page.getByRole("region", { name: TITLE }).getByRole("button", { name: "Still correct" }).click();
  await expect(page.getByRole("status")).toContainText(`Recorded: ${GUIDE} is still correct.`);
  await expect(page.getByRole("region", { name: TITLE })).toHaveCount(0);

  await page.goto("/review/audit");
  const entries = page.getByTestId("audit-entry");
  await expect(entries.first()).toContainText("Marked still correct");
  await expect(entries.first()).toContainText(email);
  await expect(entries.nth(1)).toContainText("Drafted a change entry");
  await expectNoAxeViolationsLightAndDark(page);

  // The prerendered page has the build's date; the browser fetches the current one.
  const today = formatCalendarDate(new Date().toISOString().slice(0, 10));
  await page.goto(`/guides/${GUIDE}`);
  // The first status request of a fresh server loads the content library: allow it time on a busy machine.
  await expect(page.getByTestId("last-verified")).toHaveText(`Last verified ${today}`, { timeout: 45_000 });
  await expect(page.locator("header [data-freshness=stale]")).toHaveCount(0);
  const status = (await (await page.request.get(`/api/guides/${GUIDE}/status`)).json()) as { lastVerified: string; verifiedAt: string | null };
  expect(status.lastVerified).toBe(new Date().toISOString().slice(0, 10));

  // Without JavaScript the page is as of its build, and says so rather than claim the new date.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`/guides/${GUIDE}`);
  await expect(plain.locator("header [data-freshness=stale]")).toContainText("Last checked June 26, 2024");
  await expect(plain.getByTestId("source-watch-note")).toContainText("(As of this page's last update.)");
  await noScript.close();
});
