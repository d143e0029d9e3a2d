import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openMailSink, sendServerMailTo, stopSendingServerMail, type MailSink } from "@/tests/integration/mail-sink";
import { expectTextAndHtmlAlike } from "@/tests/integration/mail-parts";

/**
 * The emails built without a database (sign-in, alert confirmation) over real SMTP into the mail
 * catcher: multipart/alternative, both parts, the same words and links. Alert, digest and
 * reminder emails are checked the same way in their own integration tests.
 */
let sink: MailSink;
let transport: typeof import("@/server/mail/transport");

beforeAll(async () => {
  sink = await openMailSink("email-parts");
  sendServerMailTo(sink);
  transport = await import("@/server/mail/transport");
});

afterAll(async () => {
  await stopSendingServerMail();
  await sink?.close();
});

const HOSTILE = `Ada <script>alert(1)</script> & "Bob"`;

describe("every email has an HTML part beside its text (real SMTP)", () => {
  test("the sign-in email", async () => {
    const { magicLinkEmail } = await import("@/server/auth/magic-link-email");
    const to = "sign-in-parts@example.test";
    await transport.sendMail({ to, ...magicLinkEmail("https://offswitch.example/api/auth/callback/nodemailer?token=abc&email=sign-in-parts%40example.test", 15) });
    const [message] = await sink.mailTo(to);
    expectTextAndHtmlAlike(message);
    expect(message?.html).toContain('href="https://offswitch.example/api/auth/callback/nodemailer?token=abc&amp;email=sign-in-parts%40example.test"');
  });

  test("the alert confirmation, with hostile text from the subscription escaped", async () => {
    const { confirmationEmail } = await import("@/server/alerts/confirmation-email");
    const to = "confirm-parts@example.test";
    await transport.sendMail(confirmationEmail({ email: to, what: `changes to the guide “${HOSTILE}”`, cadence: "weekly", confirmToken: "c".repeat(43), unsubscribeToken: "u".repeat(43) }));
    const [message] = await sink.mailTo(to);
    expectTextAndHtmlAlike(message);
    expect(message?.html).not.toContain("<script>");
    expect(message?.html).toContain("Ada &lt;script>alert(1)&lt;/script> &amp; \"Bob\"");
  });
});
