import "server-only";
import net from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPConnection from "nodemailer/lib/smtp-connection";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { parseConnectionUrl } from "nodemailer/lib/shared";
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

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Plain sockets (loopback, and STARTTLS, which upgrades the same socket) are opened with
 * TCP_NODELAY: with Nagle's algorithm each message's last small write waited for the server's
 * delayed ACK, about 40 ms a message on loopback. Implicit TLS (smtps, port 465) keeps
 * nodemailer's own connection: answering `false` means "the default".
 */
function openSocketWithoutDelay(options: SMTPPool.Options, callback: (error: Error | null, socketOptions: { connection: net.Socket } | false) => void): void {
  if (options.secure || !options.host || !options.port) return callback(null, false);
  const socket = net.connect({ host: options.host, port: options.port, timeout: CONNECT_TIMEOUT_MS });
  socket.setNoDelay(true);
  const fail = (error: Error) => {
    socket.destroy();
    callback(error, false);
  };
  socket.once("error", fail);
  socket.once("timeout", () => fail(Object.assign(new Error(`SMTP connect timed out after ${CONNECT_TIMEOUT_MS} ms`), { code: "ETIMEDOUT" })));
  socket.once("connect", () => {
    socket.off("error", fail);
    socket.setTimeout(0);
    socket.removeAllListeners("timeout");
    callback(null, { connection: socket });
  });
}

function connectionOptions(): SMTPConnection.Options {
  if (env.SMTP_URL) return parseConnectionUrl(env.SMTP_URL);
  // Loopback: the catcher offers no TLS and no authentication.
  return { host: "127.0.0.1", port: env.MAIL_CATCHER_SMTP_PORT, secure: false, ignoreTLS: true };
}

/**
 * Pooled: connections stay open and carry up to 100 messages each, instead of a new TCP (and TLS)
 * handshake per message, which bound alert sending to a few messages a second. Exported for the
 * fan-out bench, whose bare nodemailer baseline must use the same settings.
 */
export function mailTransportOptions(): SMTPPool.Options {
  return { ...connectionOptions(), pool: true, getSocket: openSocketWithoutDelay };
}

function getTransporter(): Transporter {
  transporter ??= nodemailer.createTransport(mailTransportOptions());
  return transporter;
}

/** Closes the pooled connections, so a process that has sent mail can exit on its own. */
export function closeMailTransport(): void {
  transporter?.close();
  transporter = undefined;
}

function isConnectionRefused(error: unknown): boolean {
  if (!(error instanceof Error) || !("code" in error)) return false;
  // A refused connect is reported by nodemailer (ECONNECTION, ESOCKET) or, from openSocketWithoutDelay, by Node itself.
  return error.code === "ECONNREFUSED" || ((error.code === "ECONNECTION" || error.code === "ESOCKET") && /ECONNREFUSED/.test(error.message));
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
