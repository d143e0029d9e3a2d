import "server-only";
import { emailHtml, type EmailBlock } from "@/lib/mail/email-html";
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
  const all = deliveries.map(({ change }) => ({
    title: change.title,
    summary: change.summary,
    actionNeeded: change.severity === "action-needed",
    backfilled: change.published !== null,
    guideSlug: change.guide.slug,
    guideTitle: change.guide.title,
    guideUrl: new URL(`/guides/${change.guide.slug}`, env.SITE_URL).toString(),
  }));
  // News is listed change by change; history written down afterwards is one summary (decision 0011).
  const changes = all.filter((change) => !change.backfilled);
  const history = historySummary(all.filter((change) => change.backfilled));
  const count = changes.length === 1 ? "1 settings change" : `${changes.length} settings changes`;
  const heading = changes.length > 0 ? `This week on OffSwitch: ${count}` : `OffSwitch: ${history?.headline ?? count}`;
  const text = [
    heading,
    "",
    ...changes.flatMap((change) => [
      `* ${change.title}${change.actionNeeded ? " (action needed)" : ""}`,
      `  ${change.summary}`,
      `  Guide: ${change.guideTitle}`,
      `  ${change.guideUrl}`,
      "",
    ]),
    ...(history
      ? [
          history.headline,
          history.explanation,
          ...history.guides.map((guide) => `* ${guide.title}: ${guide.countText}
  ${guide.url}`),
          "",
        ]
      : []),
    `Stop these emails: ${unsubscribe}`,
    "",
  ].join("\n");
  const html = emailHtml({
    title: heading,
    blocks: [
      { kind: "heading", text: heading },
      ...changes.flatMap((change): EmailBlock[] => [
        { kind: "subheading", text: `${change.title}${change.actionNeeded ? " (action needed)" : ""}` },
        { kind: "paragraph", content: [change.summary] },
        { kind: "paragraph", content: ["Guide: ", { link: change.guideUrl, text: change.guideTitle }] },
      ]),
      ...(history
        ? ([
            ...(changes.length > 0 ? [{ kind: "subheading", text: history.headline } as const] : []),
            { kind: "paragraph", content: [history.explanation] },
            { kind: "list", items: history.guides.map((guide) => [{ link: guide.url, text: guide.title }, `: ${guide.countText}`]) },
          ] satisfies EmailBlock[])
        : []),
      { kind: "note", content: [{ link: unsubscribe, text: "Stop these emails" }] },
    ],
  });
  const subject = changes.length > 0 ? `Your weekly OffSwitch digest: ${count}` : `OffSwitch: ${history?.headline ?? count}`;
  return {
    to: first.subscription.email,
    subject,
    text,
    html,
    headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    // The digest's deliveries are claimed and resent together, so the first of them names the email.
    messageId: stableMessageId(`digest.${[...deliveryIds].sort()[0] ?? subscriptionId}`),
  };
}

type DigestChange = { actionNeeded: boolean; guideSlug: string; guideTitle: string };

/**
 * Backfilled entries (changes that took effect long before OffSwitch published them) as one
 * summary: how many, per guide with a link to its history, and whether any may concern a step
 * the person had done (needs-attention on the guide says which).
 */
export function historySummary(changes: readonly DigestChange[]) {
  if (changes.length === 0) return undefined;
  const byGuide = new Map<string, { title: string; count: number }>();
  for (const change of changes) {
    const entry = byGuide.get(change.guideSlug) ?? { title: change.guideTitle, count: 0 };
    entry.count += 1;
    byGuide.set(change.guideSlug, entry);
  }
  const plural = (count: number) => (count === 1 ? "1 earlier change" : `${count} earlier changes`);
  const actionNeeded = changes.filter((change) => change.actionNeeded).length;
  return {
    headline: `${plural(changes.length)} added to the history of the guides you follow`,
    explanation:
      "These changes happened before OffSwitch wrote them down, so they are not sent one by one." +
      (actionNeeded > 0
        ? ` ${actionNeeded === 1 ? "One of them" : `${actionNeeded} of them`} may mean checking again a step you had done before the change: each guide marks the steps that need it.`
        : " None of them asks you to redo a step."),
    guides: [...byGuide].map(([slug, guide]) => ({
      title: guide.title,
      countText: plural(guide.count),
      url: new URL(`/changes/guide/${slug}`, env.SITE_URL).toString(),
    })),
  };
}
