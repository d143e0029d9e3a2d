import "server-only";
import { emailHtml } from "@/lib/mail/email-html";

/** The sign-in email: plain text first (many people read mail as text), HTML with the same words. */
export function magicLinkEmail(url: string, minutesValid: number) {
  const subject = "Your OffSwitch sign-in link";
  const text = [
    "Sign in to OffSwitch with this link:",
    "",
    url,
    "",
    `The link works once and expires in ${minutesValid} minutes.`,
    "If you did not ask to sign in, ignore this email: nothing happens without the link.",
  ].join("\n");
  const html = emailHtml({
    title: subject,
    blocks: [
      { kind: "paragraph", content: ["Sign in to OffSwitch with this link:"] },
      { kind: "button", link: url, text: "Sign in to OffSwitch" },
      { kind: "paragraph", content: [`The link works once and expires in ${minutesValid} minutes.`] },
      { kind: "note", content: ["If you did not ask to sign in, ignore this email: nothing happens without the link."] },
    ],
  });
  return { subject, text, html };
}

