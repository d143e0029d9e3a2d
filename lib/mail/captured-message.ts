import { z } from "zod";

/**
 * One message caught by the local mail catcher (scripts/mail-catcher.mjs writes it as
 * `<id>.json`). Shared by the dev mailbox pages and the e2e mailbox fixture so both read the
 * same shape.
 */

/** Milliseconds since the epoch, then random hex: file names sort oldest to newest. */
export const CAPTURED_MAIL_ID_PATTERN = /^\d{13,16}-[0-9a-f]{8}$/;

export const capturedMailIdSchema = z.string().regex(CAPTURED_MAIL_ID_PATTERN);

export const capturedMessageSchema = z.object({
  id: capturedMailIdSchema,
  receivedAt: z.iso.datetime(),
  from: z.string(),
  /** Envelope recipients (RCPT TO), lowercased, so Bcc recipients are included. */
  to: z.array(z.string()),
  subject: z.string(),
  text: z.string().nullable(),
  html: z.string().nullable(),
  /** Lowercased header names; values verbatim, repeated headers joined by a newline. */
  headers: z.record(z.string(), z.string()),
});

export type CapturedMessage = z.infer<typeof capturedMessageSchema>;

export function capturedMailFileName(id: string): string {
  return `${id}.json`;
}

/** The id in a catcher file name, or undefined for temporary and unrelated files. */
export function capturedMailIdFromFileName(fileName: string): string | undefined {
  const id = fileName.endsWith(".json") ? fileName.slice(0, -".json".length) : "";
  return CAPTURED_MAIL_ID_PATTERN.test(id) ? id : undefined;
}

const TEXT_URL = /https?:\/\/[^\s<>"'`]+/g;
const HTML_HREF = /\shref\s*=\s*(?:"(https?:\/\/[^"]+)"|'(https?:\/\/[^']+)')/gi;
// A sentence often ends right after a URL: "Sign in: https://…/verify?token=x."
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>]+$/;

function decodeHtmlEntities(value: string): string {
  return value.replace(/&amp;/g, "&").replace(/&#x2F;/gi, "/").replace(/&#47;/g, "/").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/**
 * The http(s) links in a message, text part first, then any only the HTML part has, in order
 * and without duplicates. Only http(s), so a link listed on a page can never be `javascript:`.
 */
export function extractLinks(message: Pick<CapturedMessage, "text" | "html">): string[] {
  const links = new Set<string>();
  const add = (candidate: string) => {
    try {
      links.add(new URL(candidate).href);
    } catch {
      // Not a URL after all (a fragment of prose); leave it out.
    }
  };
  for (const match of (message.text ?? "").matchAll(TEXT_URL)) add(match[0].replace(TRAILING_PUNCTUATION, ""));
  for (const match of (message.html ?? "").matchAll(HTML_HREF)) add(decodeHtmlEntities(match[1] ?? match[2] ?? ""));
  return [...links];
}

const SCRIPTS_OFF = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'; form-action 'none'">`;

/**
 * The HTML part as a document for a sandboxed iframe, with a policy that forbids every script.
 * The policy goes first (after any doctype, so the mail keeps its rendering mode): the parser
 * puts it in <head> before any of the mail's own markup, and nothing later can loosen it.
 */
export function scriptlessMailDocument(html: string): string {
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html)?.[0] ?? "";
  return `${doctype}${SCRIPTS_OFF}${html.slice(doctype.length)}`;
}
