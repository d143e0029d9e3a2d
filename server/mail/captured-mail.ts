import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  capturedMailFileName,
  capturedMailIdFromFileName,
  capturedMailIdSchema,
  capturedMessageSchema,
  type CapturedMessage,
} from "@/lib/mail/captured-message";
import { env } from "@/server/env";

/**
 * Reads what the local mail catcher caught. The app uses MAIL_CATCHER_DIR; tests pass `dir`.
 * Files that vanish (pruned while we read) or do not match the schema are skipped, never shown.
 */

type MailboxOptions = { dir?: string };

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The catcher directory when captured mail may be shown: a catcher runs, no real SMTP is set, and
 * the site's public address is this machine. A copy served to the world without SMTP must never
 * publish everyone's sign-in links on /dev/mail.
 */
export function capturedMailDir(): string | undefined {
  if (env.SMTP_URL || !env.MAIL_CATCHER_DIR) return undefined;
  const publicUrl = env.AUTH_URL ?? env.SITE_URL;
  if (!LOOPBACK_HOSTS.has(new URL(publicUrl).hostname)) return undefined;
  return path.resolve(/*turbopackIgnore: true*/ env.MAIL_CATCHER_DIR);
}

function resolveDir(options: MailboxOptions): string | undefined {
  return options.dir ? path.resolve(/*turbopackIgnore: true*/ options.dir) : capturedMailDir();
}

async function readMessage(dir: string, id: string): Promise<CapturedMessage | undefined> {
  let contents: string;
  try {
    contents = await readFile(path.join(dir, capturedMailFileName(id)), "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(contents);
  } catch {
    return undefined;
  }
  const parsed = capturedMessageSchema.safeParse(json);
  return parsed.success && parsed.data.id === id ? parsed.data : undefined;
}

/** Captured messages, newest first. */
export async function listCapturedMail(options: MailboxOptions & { limit?: number } = {}): Promise<CapturedMessage[]> {
  const dir = resolveDir(options);
  if (!dir) return [];
  let fileNames: string[];
  try {
    fileNames = await readdir(dir);
  } catch (error) {
    // The catcher creates the directory with its first message.
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return [];
    throw error;
  }
  const ids = fileNames
    .map(capturedMailIdFromFileName)
    .filter((id): id is string => id !== undefined)
    .sort()
    .reverse()
    .slice(0, options.limit);
  const messages = await Promise.all(ids.map((id) => readMessage(dir, id)));
  return messages.filter((message): message is CapturedMessage => message !== undefined);
}

/** One captured message; undefined for a malformed id or a message that is gone. */
export async function getCapturedMail(id: unknown, options: MailboxOptions = {}): Promise<CapturedMessage | undefined> {
  const parsedId = capturedMailIdSchema.safeParse(id);
  const dir = resolveDir(options);
  if (!parsedId.success || !dir) return undefined;
  return readMessage(dir, parsedId.data);
}
