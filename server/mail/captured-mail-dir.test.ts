import { afterEach, describe, expect, it, vi } from "vitest";

async function capturedMailDirWith(variables: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
  const { capturedMailDir } = await import("@/server/mail/captured-mail");
  return capturedMailDir();
}

afterEach(() => vi.unstubAllEnvs());

describe("capturedMailDir: when /dev/mail may show captured mail", () => {
  it("shows it for a local copy with the catcher running and no SMTP", async () => {
    expect(await capturedMailDirWith({ MAIL_CATCHER_DIR: ".data/mail", SMTP_URL: "", AUTH_URL: "http://localhost:3000" })).toMatch(/\.data\/mail$/);
  });

  it("never shows it when real SMTP is configured", async () => {
    expect(await capturedMailDirWith({ MAIL_CATCHER_DIR: ".data/mail", SMTP_URL: "smtp://mail.example:587", AUTH_URL: "http://localhost:3000" })).toBeUndefined();
  });

  it("never shows it on a site whose public address is not this machine (it would publish sign-in links)", async () => {
    expect(await capturedMailDirWith({ MAIL_CATCHER_DIR: ".data/mail", SMTP_URL: "", AUTH_URL: "https://offswitch.example" })).toBeUndefined();
  });

  it("does not exist without a catcher", async () => {
    expect(await capturedMailDirWith({ MAIL_CATCHER_DIR: undefined, SMTP_URL: "", AUTH_URL: "http://localhost:3000" })).toBeUndefined();
  });
});
