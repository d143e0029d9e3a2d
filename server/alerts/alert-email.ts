import "server-only";
import { emailHtml, type EmailBlock, type EmailInline } from "@/lib/mail/email-html";
import { hashToken, newToken } from "@/server/alerts/alert-tokens";
import { db } from "@/server/db/client";
import { env } from "@/server/env";
import { stableMessageId, type OutgoingMail } from "@/server/mail/transport";
import { stepsNeedingAttention, type StepNeedingAttention } from "@/server/notifications/steps-needing-attention";

/** "Your steps that need another look", as plain-text lines ending in a blank line; nothing when none do. */
function attentionText(steps: readonly StepNeedingAttention[]): string[] {
  if (steps.length === 0) return [];
  const lines = steps.map((step) => `- ${step.title} (changed: ${step.changes.map((change) => change.title).join("; ")})`);
  return ["Your steps that need another look:", ...lines, ""];
}

function attentionBlocks(steps: readonly StepNeedingAttention[]): EmailBlock[] {
  if (steps.length === 0) return [];
  const items = steps.map((step): EmailInline[] => [{ strong: step.title }, ` (changed: ${step.changes.map((change) => change.title).join("; ")})`]);
  return [{ kind: "subheading", text: "Your steps that need another look" }, { kind: "list", items }];
}

/** The one-click unsubscribe URL (RFC 8058): a POST to it must work without signing in. */
export function unsubscribeUrl(token: string): string {
  const url = new URL("/api/alerts/unsubscribe", env.SITE_URL);
  url.searchParams.set("token", token);
  return url.toString();
}

/**
 * The alert email for one claimed delivery, or null when its subscription is gone. Each email gets
 * a fresh unsubscribe token whose hash is stored on the delivery: only hashes are ever kept, so
 * the token from the confirmation email cannot be reused here.
 */
export async function alertEmail(deliveryId: string): Promise<OutgoingMail | null> {
  const token = newToken();
  const delivery = await db.delivery
    .update({
      where: { id: deliveryId },
      data: { unsubscribeTokenHash: hashToken(token) },
      include: { subscription: { select: { email: true, userId: true } }, change: { include: { guide: { select: { title: true, slug: true } } } } },
    })
    // Only "no such row" (unsubscribed meanwhile) means skip; anything else must fail the job.
    .catch((error: unknown) => {
      if ((error as { code?: unknown }).code === "P2025") return null;
      throw error;
    });
  if (!delivery) return null;
  const { change, subscription } = delivery;
  const guideUrl = new URL(`/guides/${change.guide.slug}`, env.SITE_URL).toString();
  const unsubscribe = unsubscribeUrl(token);
  // Only signed-in subscribers have ticks on the server; anonymous ones keep theirs in the browser.
  const attention = subscription.userId ? await stepsNeedingAttention(subscription.userId, change.guide.slug) : [];
  const what = change.severity === "action-needed" ? "A setting you may have changed needs another look." : "For your information.";
  const text = [
    `${change.title}`,
    "",
    what,
    change.summary,
    "",
    ...attentionText(attention),
    `Guide: ${change.guide.title}`,
    guideUrl,
    "",
    `Stop these alerts: ${unsubscribe}`,
    "",
  ].join("\n");
  const html = emailHtml({
    title: change.title,
    blocks: [
      { kind: "heading", text: change.title },
      { kind: "paragraph", content: [{ strong: what }] },
      { kind: "paragraph", content: [change.summary] },
      ...attentionBlocks(attention),
      { kind: "paragraph", content: ["Guide: ", { link: guideUrl, text: change.guide.title }] },
      { kind: "note", content: [{ link: unsubscribe, text: "Stop these alerts" }] },
    ],
  });
  return {
    to: subscription.email,
    subject: `Settings changed: ${change.title}`.slice(0, 250),
    text,
    html,
    headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    messageId: stableMessageId(`alert.${deliveryId}`),
  };
}
