import "server-only";
import { unsubscribeUrl } from "@/server/alerts/alert-email";
import { env } from "@/server/env";
import type { OutgoingMail } from "@/server/mail/transport";
import { emailHtml } from "@/lib/mail/email-html";

/** The confirm page (a button there confirms: mail scanners that prefetch links must not). */
export function confirmUrl(token: string): string {
  const url = new URL("/alerts/confirm", env.SITE_URL);
  url.searchParams.set("token", token);
  return url.toString();
}

/** What a subscription covers, in words, for emails and pages. */
export function scopeDescription(scope: string, scopeSlug: string | null, names: { guideTitle?: string; platformName?: string } = {}): string {
  if (scope === "guide") return `changes to the guide “${names.guideTitle ?? scopeSlug}”`;
  if (scope === "platform") return `changes on ${names.platformName ?? scopeSlug}`;
  return "every settings change OffSwitch covers";
}

/** Double opt-in: nothing is sent to this address until the link in this email is used. */
export function confirmationEmail(input: { email: string; what: string; cadence: string; confirmToken: string; unsubscribeToken: string }): OutgoingMail {
  const confirm = confirmUrl(input.confirmToken);
  const cancel = new URL("/alerts/unsubscribe", env.SITE_URL);
  cancel.searchParams.set("token", input.unsubscribeToken);
  const how = input.cadence === "weekly" ? "in one weekly digest" : "as soon as they are published";
  const text = [
    "Please confirm your OffSwitch alerts",
    "",
    `Someone (we hope you) asked for email alerts about ${input.what}, ${how}.`,
    "Open this link and press “Confirm” to start them. It works for 24 hours:",
    confirm,
    "",
    "If this wasn't you, ignore this email: without confirmation nothing more is sent and the address is deleted within a day.",
    "",
    `Unsubscribe: ${cancel.toString()}`,
    "",
  ].join("\n");
  const html = emailHtml({
    title: "Please confirm your OffSwitch alerts",
    blocks: [
      { kind: "heading", text: "Please confirm your OffSwitch alerts" },
      { kind: "paragraph", content: [`Someone (we hope you) asked for email alerts about ${input.what}, ${how}.`] },
      { kind: "paragraph", content: ["Open this link and press “Confirm” to start them. It works for 24 hours:"] },
      { kind: "button", link: confirm, text: "Confirm my alerts" },
      { kind: "note", content: ["If this wasn't you, ignore this email: without confirmation nothing more is sent and the address is deleted within a day."] },
      { kind: "note", content: [{ link: cancel.toString(), text: "Unsubscribe" }] },
    ],
  });
  return {
    to: input.email,
    subject: "Confirm your OffSwitch alerts",
    text,
    html,
    headers: { "List-Unsubscribe": `<${unsubscribeUrl(input.unsubscribeToken)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
