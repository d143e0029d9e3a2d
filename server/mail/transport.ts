import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { z } from "zod";
import { env } from "@/server/env";

/**
 * Outgoing mail. With SMTP_URL set it goes to that server; without it, to the local mail
 * catcher on loopback (scripts/mail-catcher.mjs), which keeps it for /dev/mail. Nothing here
 * logs a body, a subject or a link: magic sign-in links are secrets.
 */

// A header value with a line break could smuggle in headers of its own.
const singleLine = z.string().regex(/^[^\r\n]*$/, "must be a single line");

const outgoingMailSchema = z.object({
  to: z.email(),
  subject: singleLine.min(1).max(250),
  text: z.string().min(1),
  html: z.string().min(1),
  /** Extra headers such as List-Unsubscribe and List-Unsubscribe-Post. */
  headers: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/), singleLine).optional(),
  /**
   * A Message-ID fixed by the caller (`<id@host>`): a message sent again after a crash between the
   * SMTP reply and the database commit then carries the same id, and mail systems drop the copy.
   */
  messageId: z.string().regex(/^<[A-Za-z0-9._-]+@[A-Za-z0-9.-]+>$/).optional(),
});

export type OutgoingMail = z.infer<typeof outgoingMailSchema>;

let transporter: Transporter | undefined;

function catcherAddress(): string {
  return `127.0.0.1:${env.MAIL_CATCHER_SMTP_PORT}`;
}

function getTransporter(): Transporter {
  transporter ??= env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport({
        host: "127.0.0.1",
        port: env.MAIL_CATCHER_SMTP_PORT,
        secure: false,
        // Loopback: the catcher offers no TLS and no authentication.
        ignoreTLS: true,
      });
  return transporter;
}

function isConnectionRefused(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error.code === "ECONNECTION" || error.code === "ESOCKET") && /ECONNREFUSED/.test(error.message);
}

/** Sends one message from MAIL_FROM; resolves with the SMTP message id. */
export async function sendMail(mail: OutgoingMail): Promise<{ messageId: string }> {
  const { to, subject, text, html, headers, messageId } = outgoingMailSchema.parse(mail);
  try {
    const info = await getTransporter().sendMail({ from: env.MAIL_FROM, to, subject, text, html, headers, messageId });
    return { messageId: String(info.messageId) };
  } catch (error) {
    if (!env.SMTP_URL && isConnectionRefused(error)) {
      throw new Error(
        `No mail catcher is listening on ${catcherAddress()}. Run \`npm start\` (it starts one) or \`node scripts/mail-catcher.mjs\`, or set SMTP_URL.`,
        { cause: error },
      );
    }
    throw error;
  }
}

/** The Message-ID of the one logical email identified by `key` (a delivery, a digest, a reminder due date). */
export function stableMessageId(key: string): string {
  return `<${key.replace(/[^A-Za-z0-9._-]/g, "-")}@${new URL(env.SITE_URL).hostname}>`;
}
