import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { vi } from "vitest";
import type { CapturedMessage } from "@/lib/mail/captured-message";
import { listCapturedMail } from "@/server/mail/captured-mail";
import { startMailCatcher } from "@/scripts/mail-catcher.mjs";

/** A real SMTP server on loopback (the mail catcher) that records every message it accepts. */
export type MailSink = {
  port: number;
  captured(): Promise<CapturedMessage[]>;
  mailTo(address: string): Promise<CapturedMessage[]>;
  close(): Promise<void>;
};

export async function openMailSink(name: string, { maxMessages = 100_000, replyDelayMs = 0 }: { maxMessages?: number; replyDelayMs?: number } = {}): Promise<MailSink> {
  const dir = await mkdtemp(path.join(tmpdir(), `offswitch-${name}-`));
  const catcher = await startMailCatcher({ port: 0, dir, maxMessages, replyDelayMs });
  const captured = () => listCapturedMail({ dir, limit: maxMessages });
  return {
    port: catcher.port,
    captured,
    mailTo: async (address) => (await captured()).filter((message) => message.to.includes(address)),
    async close() {
      await catcher.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Points this test file's server modules at the sink. They parse env on import, so this resets
 * the module cache: import them (dynamically) after calling it. Undo with vi.unstubAllEnvs().
 */
export function sendServerMailTo(sink: MailSink): void {
  vi.resetModules();
  vi.stubEnv("SMTP_URL", "");
  vi.stubEnv("MAIL_CATCHER_SMTP_PORT", String(sink.port));
  vi.stubEnv("SITE_URL", "https://offswitch.example");
}

/** Closes the pooled SMTP connections of the server modules imported since sendServerMailTo, and undoes its env. */
export async function stopSendingServerMail(): Promise<void> {
  (await import("@/server/mail/transport")).closeMailTransport();
  vi.unstubAllEnvs();
}
