import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { extractLinks, scriptlessMailDocument } from "@/lib/mail/captured-message";
import { getCapturedMail, listCapturedMail } from "@/server/mail/captured-mail";
import { pruneMailbox, startMailCatcher, type MailCatcher } from "@/scripts/mail-catcher.mjs";

const MAGIC_LINK = "http://localhost:3000/api/auth/callback/nodemailer?token=secret-token&email=ada%40example.test";
const UNSUBSCRIBE = "<https://offswitch.example/unsubscribe/tok123>, <mailto:unsubscribe@offswitch.example>";

let dir: string;
let catcher: MailCatcher;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "offswitch-mail-"));
});

afterEach(async () => {
  await catcher?.close();
  await rm(dir, { recursive: true, force: true });
});

async function send(port: number, overrides: Partial<nodemailer.SendMailOptions> = {}) {
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
  try {
    return await transport.sendMail({
      from: "OffSwitch <no-reply@offswitch.localhost>",
      to: "Ada <Ada@Example.test>",
      bcc: "audit@example.test",
      subject: "Sign in to OffSwitch",
      text: `Sign in: ${MAGIC_LINK}.\n`,
      html: `<p><a href="${MAGIC_LINK.replace(/&/g, "&amp;")}">Sign in</a></p>`,
      headers: { "List-Unsubscribe": UNSUBSCRIBE, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      ...overrides,
    });
  } finally {
    transport.close();
  }
}

describe("mail catcher", () => {
  it("stores a multipart message as JSON with its parts and verbatim headers", async () => {
    catcher = await startMailCatcher({ port: 0, dir });
    expect(catcher.port).toBeGreaterThan(0);
    await send(catcher.port);

    const files = (await readdir(dir)).filter((name) => !name.startsWith("."));
    expect(files).toHaveLength(1);
    const stored = JSON.parse(await readFile(path.join(dir, files[0] ?? ""), "utf8"));
    expect(files[0]).toBe(`${stored.id}.json`);
    expect(stored).toMatchObject({
      from: "OffSwitch <no-reply@offswitch.localhost>",
      to: ["ada@example.test", "audit@example.test"],
      subject: "Sign in to OffSwitch",
      text: `Sign in: ${MAGIC_LINK}.\n`,
    });
    expect(stored.html).toContain('<a href="http://localhost:3000/api/auth/callback/nodemailer?token=secret-token&amp;email=ada%40example.test">');
    expect(stored.headers["list-unsubscribe"]).toBe(UNSUBSCRIBE);
    expect(stored.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(stored.headers["content-type"]).toMatch(/^multipart\/alternative/);
    expect(Date.parse(stored.receivedAt)).not.toBeNaN();

    const [listed] = await listCapturedMail({ dir });
    expect(listed).toEqual(stored);
    expect(await getCapturedMail(stored.id, { dir })).toEqual(stored);
    expect(extractLinks(stored)).toEqual([MAGIC_LINK]);
  });

  it("keeps only the newest messages beyond its cap, and lists them newest first", async () => {
    catcher = await startMailCatcher({ port: 0, dir, maxMessages: 3 });
    for (const n of [1, 2, 3, 4, 5]) await send(catcher.port, { subject: `Message ${n}` });

    const messages = await listCapturedMail({ dir });
    expect(messages.map((message) => message.subject)).toEqual(["Message 5", "Message 4", "Message 3"]);
    expect(await listCapturedMail({ dir, limit: 1 })).toHaveLength(1);
  });

  it("prunes by name order and ignores temporary and unrelated files", async () => {
    const names = ["1700000000001-00000001.json", "1700000000002-00000002.json", "1700000000003-00000003.json"];
    for (const name of [...names, ".1700000000004-00000004.json.ab.tmp", "notes.txt"]) await writeFile(path.join(dir, name), "{}");

    expect(await pruneMailbox(dir, 2)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual([".1700000000004-00000004.json.ab.tmp", ...names.slice(1), "notes.txt"]);
    // Files that fail the schema are skipped rather than shown.
    expect(await listCapturedMail({ dir })).toEqual([]);
  });

  it("fails to start, rather than crash, when its port is taken", async () => {
    catcher = await startMailCatcher({ port: 0, dir });
    await expect(startMailCatcher({ port: catcher.port, dir })).rejects.toMatchObject({ code: "EADDRINUSE" });
  });

  it("refuses a message over the size limit and stores nothing", async () => {
    catcher = await startMailCatcher({ port: 0, dir, sizeLimit: 10_000 });
    await expect(send(catcher.port, { text: "x".repeat(20_000), html: undefined })).rejects.toThrow(/552|size/i);
    expect((await readdir(dir)).filter((name) => name.endsWith(".json"))).toEqual([]);
  });

  it("answers a malformed or unknown id with undefined, never a path outside the mailbox", async () => {
    expect(await getCapturedMail("../../etc/passwd", { dir })).toBeUndefined();
    expect(await getCapturedMail("1700000000001-00000001", { dir })).toBeUndefined();
    expect(await listCapturedMail({ dir: path.join(dir, "missing") })).toEqual([]);
  });
});

describe("sendMail without SMTP_URL", () => {
  async function importTransport(port: number) {
    vi.resetModules();
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("MAIL_CATCHER_SMTP_PORT", String(port));
    return import("@/server/mail/transport");
  }

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("delivers to the catcher on loopback from MAIL_FROM, with extra headers", async () => {
    catcher = await startMailCatcher({ port: 0, dir });
    const { sendMail } = await importTransport(catcher.port);
    await sendMail({ to: "grace@example.test", subject: "Confirm your alerts", text: `Confirm: ${MAGIC_LINK}`, html: "<p>Confirm</p>", headers: { "List-Unsubscribe": UNSUBSCRIBE } });

    const [message] = await listCapturedMail({ dir });
    expect(message).toMatchObject({ from: "OffSwitch <no-reply@offswitch.localhost>", to: ["grace@example.test"], subject: "Confirm your alerts", html: "<p>Confirm</p>" });
    expect(message?.headers["list-unsubscribe"]).toBe(UNSUBSCRIBE);
  });

  it("refuses header injection and says how to start a catcher when none listens", async () => {
    catcher = await startMailCatcher({ port: 0, dir });
    const port = catcher.port;
    await catcher.close();
    const { sendMail } = await importTransport(port);
    const mail = { to: "grace@example.test", subject: "Hello", text: "t", html: "<p>t</p>" };
    await expect(sendMail({ ...mail, subject: "Hi\r\nBcc: victim@example.test" })).rejects.toThrow(/single line/);
    await expect(sendMail(mail)).rejects.toThrow(`No mail catcher is listening on 127.0.0.1:${port}`);
  });
});

describe("captured message helpers", () => {
  it("extracts http(s) links from the text, then links only the HTML has, never javascript:", () => {
    const text = "Sign in: https://a.example/verify?token=x&next=%2F.\nOr (https://b.example/help).";
    const html = `<a href="https://a.example/verify?token=x&amp;next=%2F">in</a><a href='https://c.example/u'>u</a><a href="javascript:alert(1)">x</a>`;
    expect(extractLinks({ text, html })).toEqual(["https://a.example/verify?token=x&next=%2F", "https://b.example/help", "https://c.example/u"]);
    expect(extractLinks({ text: null, html: null })).toEqual([]);
  });

  it("puts a no-script policy before the mail's own markup, after its doctype", () => {
    expect(scriptlessMailDocument("<!DOCTYPE html><html><body><script>x()</script>")).toMatch(
      /^<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="script-src 'none'; form-action 'none'"><html>/,
    );
    expect(scriptlessMailDocument("<p>hi</p>")).toMatch(/^<meta http-equiv="Content-Security-Policy"[^>]*><p>hi<\/p>$/);
  });
});
