import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expectTextAndHtmlAlike } from "@/tests/integration/mail-parts";
import matter from "gray-matter";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { changeFrontmatterSchema } from "@/lib/content/change-schema";
import { openMailSink, sendServerMailTo, stopSendingServerMail, type MailSink } from "@/tests/integration/mail-sink";
import { unique } from "@/tests/integration/alert-fixtures";

/**
 * Review by editors (issue 14 §4-5) against a real Postgres and a real SMTP server on loopback:
 * the role and its command, authorization inside every use case, the queue, "still correct",
 * the change-entry draft, the audit log and review emails. The session is the only thing stubbed:
 * `currentUser` answers whoever the test says is signed in; the role is always read from the database.
 */
const signedIn = vi.hoisted(() => ({ user: undefined as { id: string; email: string } | undefined }));
vi.mock("@/server/auth/current-user", () => ({ currentUser: async () => signedIn.user }));

const GUIDE = "figma-ai-content-training";
const OFFICIAL = "https://help.figma.com/hc/en-us/articles/17725942479127-Manage-AI-settings-and-content-training-for-your-team-or-organization";
const BEFORE = ["Manage AI settings", "Admin settings", "Content training", "Turn off content training for your team", "Save"].join("\n");
const AFTER = ["Manage AI settings", "Admin settings", "AI data sharing", "Turn off AI data sharing for your team", "Save"].join("\n");

let sink: MailSink;
let db: typeof import("@/server/db/client").db;
let editors: typeof import("@/server/review/editors");
let roles: typeof import("@/server/review/editor-role-store");
let queue: typeof import("@/server/review/review-queue");
let stillCorrect: typeof import("@/server/review/still-correct");
let changeEntry: typeof import("@/server/review/change-entry");
let audit: typeof import("@/server/review/audit-log");
let alerts: typeof import("@/server/review/review-alerts");
let alertMail: typeof import("@/server/review/review-alert-mail");
let live: typeof import("@/server/review/guide-live-status");

beforeAll(async () => {
  sink = await openMailSink("review");
  sendServerMailTo(sink);
  ({ db } = await import("@/server/db/client"));
  editors = await import("@/server/review/editors");
  roles = await import("@/server/review/editor-role-store");
  queue = await import("@/server/review/review-queue");
  stillCorrect = await import("@/server/review/still-correct");
  changeEntry = await import("@/server/review/change-entry");
  audit = await import("@/server/review/audit-log");
  alerts = await import("@/server/review/review-alerts");
  alertMail = await import("@/server/review/review-alert-mail");
  live = await import("@/server/review/guide-live-status");
});

afterAll(async () => {
  await stopSendingServerMail();
  await sink?.close();
  await db?.$disconnect();
});

const newUser = async (label: string) => db.user.create({ data: { email: `${unique(label)}@example.test` }, select: { id: true, email: true } });

/** The figma guide's official page, changed from BEFORE to AFTER, with a missing anchor on step 3 and a reader report on step 2. */
async function seedFlaggedFigma() {
  // Other tests may have left the source; the queue test wants exactly this history.
  await db.reviewItem.deleteMany({ where: { guideSlug: GUIDE } });
  await db.source.deleteMany({ where: { url: OFFICIAL } });
  const source = await db.source.create({ data: { url: OFFICIAL, hintsHash: "h", lastCheckedAt: new Date(), lastSuccessAt: new Date() } });
  const from = await db.sourceVersion.create({ data: { sourceId: source.id, hash: unique("before"), text: BEFORE, firstSeenAt: new Date("2026-11-01T00:00:00Z") } });
  const to = await db.sourceVersion.create({ data: { sourceId: source.id, hash: unique("after"), text: AFTER, firstSeenAt: new Date("2026-12-02T06:00:00Z") } });
  await db.source.update({ where: { id: source.id }, data: { currentVersionId: to.id } });
  const anchor = await db.reviewItem.create({
    data: { dedupeKey: unique("anchor"), guideSlug: GUIDE, stepId: "turn-off-content-training", sourceId: source.id, reason: "anchor-missing", priority: 300, anchorPhrase: "Content training", fromVersionId: from.id, toVersionId: to.id },
  });
  const report = await db.reviewItem.create({ data: { dedupeKey: unique("report"), guideSlug: GUIDE, stepId: "open-team-settings", reason: "reader-report", priority: 200 } });
  await db.readerReport.create({ data: { reviewItemId: report.id, guideSlug: GUIDE, stepId: "open-team-settings", differs: "<script>alert(1)</script> The menu is called Admin now", device: "web", region: "Germany" } });
  return { source, from, to, itemIds: [anchor.id, report.id] };
}

describe("the editor role", () => {
  test("grant and revoke change the role, say when nothing changed or no account exists, and are logged", async () => {
    const user = await newUser("role");
    expect(await roles.setEditorRole(`${unique("nobody")}@example.test`, true)).toMatchObject({ outcome: "no-account" });
    expect(await roles.setEditorRole(user.email, true)).toEqual({ outcome: "granted", email: user.email });
    expect(await roles.setEditorRole(user.email, true)).toEqual({ outcome: "unchanged", email: user.email });
    signedIn.user = user;
    expect(await editors.currentEditor()).toEqual(user);
    expect(await roles.setEditorRole(user.email, false)).toEqual({ outcome: "revoked", email: user.email });
    // Revocation counts on the next request, whatever the session says.
    expect(await editors.currentEditor()).toBeUndefined();
    const logged = await db.editorAction.findMany({ where: { detail: user.email }, orderBy: { at: "asc" }, select: { action: true, actor: true } });
    expect(logged).toEqual([
      { action: "editor-granted", actor: "command line" },
      { action: "editor-revoked", actor: "command line" },
    ]);
  });

  test("npm run editor:grant / editor:revoke: zod-checked arguments, clear messages and exit codes", { timeout: 120_000 }, async () => {
    const run = (...args: string[]) =>
      promisify(execFile)("npx", ["tsx", "--conditions=react-server", "scripts/editor-role.ts", ...args], { env: process.env }).then(
        ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
      );
    const user = await newUser("cli");
    const [bad, none, granted] = await Promise.all([run("grant", "not-an-address"), run("grant", `${unique("ghost")}@example.test`), run("grant", user.email.toUpperCase())]);
    expect(bad).toEqual({ code: 2, out: expect.stringContaining('"not-an-address" is not an email address') });
    expect(bad.out).toContain("usage: npm run editor:grant -- <email>");
    expect(none).toEqual({ code: 1, out: expect.stringContaining("No account uses") });
    expect(granted).toEqual({ code: 0, out: `${user.email} is now an editor: /review opens for them on their next page load.\n` });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("editor");
    const revoked = await run("revoke", user.email);
    expect(revoked.out).toContain(`${user.email} is no longer an editor`);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("reader");
  });
});

describe("review use cases", () => {
  test("signed out or signed in without the role: every use case is not found, and nothing is written", async () => {
    const seeded = await seedFlaggedFigma();
    for (const user of [undefined, await newUser("reader")]) {
      signedIn.user = user;
      await expect(queue.reviewQueue()).rejects.toMatchObject({ code: "not-found" });
      await expect(stillCorrect.markStillCorrect({ guide: GUIDE, items: seeded.itemIds })).rejects.toMatchObject({ code: "not-found" });
      await expect(changeEntry.recordChangeEntryDrafted({ guide: GUIDE, kind: "setting-renamed", severity: "info" })).rejects.toMatchObject({ code: "not-found" });
      await expect(audit.editorAuditLog()).rejects.toMatchObject({ code: "not-found" });
      await expect(alerts.setMyReviewAlerts(true)).rejects.toMatchObject({ code: "not-found" });
    }
    expect(await db.reviewItem.count({ where: { id: { in: seeded.itemIds }, resolvedAt: null } })).toBe(2);
    expect(await db.verification.count({ where: { guideSlug: GUIDE } })).toBe(0);
  });

  test("an editor sees the guide with its diff, steps and reports, drafts a change entry, marks it still correct, and the guide's date moves", async () => {
    const seeded = await seedFlaggedFigma();
    const other = await db.reviewItem.create({ data: { dedupeKey: unique("other"), guideSlug: "substack-block-ai-training", reason: "source-changed", priority: 100 } });
    const editor = await newUser("editor");
    await roles.setEditorRole(editor.email, true);
    signedIn.user = editor;

    const flagged = await queue.reviewQueue();
    const figmaAt = flagged.findIndex((guide) => guide.guideSlug === GUIDE);
    expect(figmaAt).toBeLessThan(flagged.findIndex((guide) => guide.guideSlug === "substack-block-ai-training"));
    const figma = flagged[figmaAt];
    expect(figma).toMatchObject({ priority: 300, reasons: ["anchor-missing", "reader-report"], itemIds: seeded.itemIds });
    expect(figma?.steps.map((step) => [step.number, step.id, step.missingAnchors, step.reports.length])).toEqual([
      [2, "open-team-settings", [], 1],
      [3, "turn-off-content-training", ["Content training"], 0],
    ]);
    expect(figma?.steps[0]?.reports[0]?.differs).toBe("<script>alert(1)</script> The menu is called Admin now");
    expect(figma?.diffs).toHaveLength(1);
    expect(figma?.diffs[0]).toMatchObject({ publisher: "Figma Learn (Help Center)", addedLines: 2, removedLines: 2 });
    expect(figma?.diffs[0]?.lines).toContainEqual({ kind: "-", text: "Content training" });
    expect(figma?.diffs[0]?.lines).toContainEqual({ kind: "+", text: "AI data sharing" });

    const draft = await changeEntry.recordChangeEntryDrafted({ guide: GUIDE, kind: "setting-renamed", severity: "action-needed" });
    expect(draft.fileName).toBe("content/changes/2026-12-02-figma-ai-content-training-setting-renamed.mdx");
    const frontmatter = changeFrontmatterSchema.parse(matter(draft.text).data);
    expect(frontmatter).toMatchObject({ date: "2026-12-02", guide: GUIDE, steps: ["open-team-settings", "turn-off-content-training"], kind: "setting-renamed" });
    expect(frontmatter.sources).toEqual([{ title: expect.stringContaining("(as of 2026-12-02)"), url: OFFICIAL, publisher: "Figma Learn (Help Center)", official: true }]);

    // A flag raised after the editor loaded the page is not resolved by their click.
    const later = await db.reviewItem.create({ data: { dedupeKey: unique("later"), guideSlug: GUIDE, reason: "source-changed", priority: 100 } });
    const now = new Date();
    const result = await stillCorrect.markStillCorrect({ guide: GUIDE, items: [...seeded.itemIds, other.id] }, now);
    expect(result).toMatchObject({ resolved: 2, versionsChecked: 1 });
    expect(await db.reviewItem.count({ where: { id: { in: seeded.itemIds }, resolvedAt: now } })).toBe(2);
    expect((await db.reviewItem.findUniqueOrThrow({ where: { id: other.id } })).resolvedAt).toBeNull();
    expect((await db.reviewItem.findUniqueOrThrow({ where: { id: later.id } })).resolvedAt).toBeNull();
    expect(await db.verification.findUniqueOrThrow({ where: { id: result.verificationId } })).toMatchObject({ guideSlug: GUIDE, editorId: editor.id, editorEmail: editor.email, sourceVersionIds: [seeded.to.id] });
    await expect(stillCorrect.markStillCorrect({ guide: GUIDE, items: seeded.itemIds })).rejects.toMatchObject({ code: "conflict" });

    const status = await live.guideLiveStatus(GUIDE);
    expect(status).toMatchObject({ slug: GUIDE, lastVerified: now.toISOString().slice(0, 10), verifiedAt: now.toISOString() });
    const dataset = await import("@/server/dataset/guide-dataset");
    const listed = (await dataset.guideList()).guides.find((guide) => guide.slug === GUIDE);
    expect(listed).toMatchObject({ lastVerified: now.toISOString().slice(0, 10), latestVerification: now.toISOString() });

    const log = (await audit.editorAuditLog()).entries.filter((entry) => entry.actor === editor.email);
    expect(log.map((entry) => entry.action)).toEqual(["still-correct", "change-entry-drafted"]);
    expect(log[0]?.detail).toContain(`resolved 2 open items; checked against ${OFFICIAL} @ `);
    await db.reviewItem.updateMany({ where: { id: { in: [other.id, later.id] } }, data: { resolvedAt: new Date() } });
  });

  test("editors who opt in get one email about new flags; the rest are only marked", async () => {
    const keen = await newUser("keen");
    const quiet = await newUser("quiet");
    for (const user of [keen, quiet]) await roles.setEditorRole(user.email, true);
    signedIn.user = keen;
    await alerts.setMyReviewAlerts(true);
    expect(await alerts.myReviewAlerts()).toBe(true);
    const item = await db.reviewItem.create({ data: { dedupeKey: unique("new"), guideSlug: GUIDE, stepId: "open-team-settings", reason: "reader-report", priority: 200 } });

    await alertMail.notifyEditorsOfNewFlags();
    const mail = await sink.mailTo(keen.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toMatch(/new items? to review on OffSwitch/);
    expect(mail[0]?.text).toContain("Stop Figma training its AI on your team's files: a reader says a step does not match");
    expect(mail[0]?.text).toContain("https://offswitch.example/review");
    expectTextAndHtmlAlike(mail[0]);
    expect(await sink.mailTo(quiet.email)).toHaveLength(0);
    expect((await db.reviewItem.findUniqueOrThrow({ where: { id: item.id } })).editorsNotifiedAt).not.toBeNull();

    await alertMail.notifyEditorsOfNewFlags();
    const again = await sink.mailTo(keen.email);
    // Anything more can only be about flags other tests raised meanwhile, never this one again.
    expect(again.slice(1).filter((message) => (message.text ?? "").includes("Figma"))).toHaveLength(0);
    await db.reviewItem.update({ where: { id: item.id }, data: { resolvedAt: new Date() } });
    const actions = await db.editorAction.findMany({ where: { actor: keen.email }, select: { action: true } });
    expect(actions).toEqual([{ action: "review-alerts-on" }]);
  });
});
