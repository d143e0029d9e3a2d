import "server-only";
import { escapeHtml } from "@/lib/mail/escape-html";
import { unsubscribeUrl } from "@/server/alerts/alert-email";
import { hashToken, newToken } from "@/server/alerts/alert-tokens";
import { db } from "@/server/db/client";
import { env } from "@/server/env";
import { stableMessageId, type OutgoingMail } from "@/server/mail/transport";

/**
 * The weekly digest for one subscription: every change in `deliveryIds`, oldest first, in one
 * email, or null when the subscription is gone (unsubscribed meanwhile). Like a single alert, it
 * carries a fresh unsubscribe token; its hash is stored on the first delivery of the digest.
 */
export async function digestEmail(subscriptionId: string, deliveryIds: readonly string[]): Promise<OutgoingMail | null> {
  const deliveries = await db.delivery.findMany({
    where: { id: { in: [...deliveryIds] }, subscriptionId },
    include: { change: { include: { guide: { select: { title: true, slug: true } } } }, subscription: { select: { email: true } } },
    orderBy: [{ change: { date: "asc" } }, { changeId: "asc" }],
  });
  const first = deliveries[0];
  if (!first) return null;
  const token = newToken();
  await db.delivery.update({ where: { id: first.id }, data: { unsubscribeTokenHash: hashToken(token) } });
  const unsubscribe = unsubscribeUrl(token);
  const changes = deliveries.map(({ change }) => ({
    title: change.title,
    summary: change.summary,
    actionNeeded: change.severity === "action-needed",
    guideTitle: change.guide.title,
    guideUrl: new URL(`/guides/${change.guide.slug}`, env.SITE_URL).toString(),
  }));
  const count = changes.length === 1 ? "1 settings change" : `${changes.length} settings changes`;
  const text = [
    `This week on OffSwitch: ${count}`,
    "",
    ...changes.flatMap((change) => [
      `* ${change.title}${change.actionNeeded ? " (action needed)" : ""}`,
      `  ${change.summary}`,
      `  Guide: ${change.guideTitle}`,
      `  ${change.guideUrl}`,
      "",
    ]),
    `Stop these emails: ${unsubscribe}`,
    "",
  ].join("\n");
  const html = [
    `<h1>This week on OffSwitch: ${escapeHtml(count)}</h1>`,
    "<ul>",
    ...changes.map(
      (change) =>
        `<li><h2>${escapeHtml(change.title)}${change.actionNeeded ? " (action needed)" : ""}</h2><p>${escapeHtml(change.summary)}</p>` +
        `<p>Guide: <a href="${escapeHtml(change.guideUrl)}">${escapeHtml(change.guideTitle)}</a></p></li>`,
    ),
    "</ul>",
    `<p><a href="${escapeHtml(unsubscribe)}">Stop these emails</a></p>`,
  ].join("\n");
  return {
    to: first.subscription.email,
    subject: `Your weekly OffSwitch digest: ${count}`,
    text,
    html,
    headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    // The digest's deliveries are claimed and resent together, so the first of them names the email.
    messageId: stableMessageId(`digest.${[...deliveryIds].sort()[0] ?? subscriptionId}`),
  };
}
