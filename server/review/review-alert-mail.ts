import "server-only";
import { createHash } from "node:crypto";
import { emailHtml } from "@/lib/mail/email-html";
import { db } from "@/server/db/client";
import { env } from "@/server/env";
import { sendMail, stableMessageId, type OutgoingMail } from "@/server/mail/transport";
import { getGuide } from "@/server/content/guides";

// The worker runs this module: it must not load Auth.js or Next (no session here).

const REASON_WORDS: Record<string, string> = {
  "anchor-missing": "wording a step relies on is gone from the official page",
  "reader-report": "a reader says a step does not match",
  "source-changed": "an official page changed",
  "source-failing": "an official page could not be checked for several cycles",
};

type NewItem = { id: string; guideSlug: string; reason: string; createdAt: Date };

async function reviewAlertEmail(to: string, items: readonly NewItem[]): Promise<OutgoingMail> {
  const review = new URL("/review", env.SITE_URL).toString();
  const lines: string[] = [];
  for (const slug of [...new Set(items.map((item) => item.guideSlug))]) {
    const title = (await getGuide(slug))?.title ?? slug;
    const reasons = [...new Set(items.filter((item) => item.guideSlug === slug).map((item) => REASON_WORDS[item.reason] ?? item.reason))];
    lines.push(`${title}: ${reasons.join("; ")}`);
  }
  const subject = `${items.length} new ${items.length === 1 ? "item" : "items"} to review on OffSwitch`;
  const key = createHash("sha256").update(`${to}\n${items.map((item) => item.id).sort().join(",")}`).digest("hex").slice(0, 32);
  return {
    to,
    subject,
    text: [subject, "", ...lines.map((line) => `- ${line}`), "", `Open the review queue: ${review}`, "", "You get this because you turned on review emails at /review; turn them off there.", ""].join("\n"),
    html: emailHtml({
      title: subject,
      blocks: [
        { kind: "heading", text: subject },
        { kind: "list", items: lines.map((line) => [line]) },
        { kind: "button", link: review, text: "Open the review queue" },
        { kind: "note", content: ["You get this because you turned on review emails at /review; turn them off there."] },
      ],
    }),
    messageId: stableMessageId(`review-${key}`),
  };
}

/**
 * The worker's job: items flagged since the last run (by the watcher or by reader reports) are
 * mailed to every editor who opted in, then marked notified. Mail goes first, so a crash between
 * the two sends again rather than never; the stable Message-ID lets mail systems drop the copy.
 */
export async function notifyEditorsOfNewFlags(now: Date = new Date()): Promise<{ items: number; sent: number }> {
  const items = await db.reviewItem.findMany({ where: { editorsNotifiedAt: null }, orderBy: { createdAt: "asc" }, take: 500, select: { id: true, guideSlug: true, reason: true, createdAt: true, resolvedAt: true } });
  if (items.length === 0) return { items: 0, sent: 0 };
  const open = items.filter((item) => item.resolvedAt === null);
  const editors = open.length === 0 ? [] : await db.user.findMany({ where: { role: "editor", reviewAlerts: true }, select: { email: true } });
  for (const editor of editors) await sendMail(await reviewAlertEmail(editor.email, open));
  await db.reviewItem.updateMany({ where: { id: { in: items.map((item) => item.id) } }, data: { editorsNotifiedAt: now } });
  return { items: items.length, sent: editors.length };
}
