/**
 * The local mail catcher: an SMTP server on 127.0.0.1 that sends nothing on. Each message is
 * parsed and kept as one JSON file (read by /dev/mail and the e2e mailbox fixture), so a person
 * without an SMTP account can still sign in with a magic link.
 *
 * Standalone: `node scripts/mail-catcher.mjs` (MAIL_CATCHER_SMTP_PORT, default 2525;
 * MAIL_CATCHER_DIR, default .data/mail). The start command runs it as a child process.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { z } from "zod";

export const DEFAULT_PORT = 2525;
export const DEFAULT_DIR = path.join(".data", "mail");
export const DEFAULT_MAX_MESSAGES = 500;
export const DEFAULT_SIZE_LIMIT = 2 * 1024 * 1024;

/** Same pattern as lib/mail/captured-message.ts: temporary files and strays never match. */
const MESSAGE_FILE = /^\d{13,16}-[0-9a-f]{8}\.json$/;

let lastStamp = 0;
/** Strictly increasing within this process, so names sort in arrival order even within a millisecond. */
function newMessageId() {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return { id: `${lastStamp}-${randomBytes(4).toString("hex")}`, receivedAt: new Date(lastStamp) };
}

/** Header lines as received (unfolded), keyed by lowercased name. */
function headersOf(headerLines) {
  const headers = {};
  for (const { key, line } of headerLines) {
    const colon = line.indexOf(":");
    const value = line.slice(colon + 1).replace(/\r?\n[ \t]+/g, " ").trim();
    const name = key.toLowerCase();
    headers[name] = name in headers ? `${headers[name]}\n${value}` : value;
  }
  return headers;
}

/** "Name <address>" as a person wrote it (mailparser's own text adds quotes around names). */
function formatFrom(from) {
  return (from?.value ?? []).map(({ name, address }) => (name ? `${name} <${address}>` : address)).join(", ");
}

async function readLimited(stream, sizeLimit) {
  const chunks = [];
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += chunk.length;
    // Keep draining an oversized message (SMTP needs the whole DATA) but stop buffering it.
    if (bytes <= sizeLimit) chunks.push(chunk);
  }
  return { raw: Buffer.concat(chunks), oversized: bytes > sizeLimit || stream.sizeExceeded };
}

async function writeAtomically(file, contents) {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  await writeFile(temporary, contents, { mode: 0o600 });
  await rename(temporary, file);
}

/** Deletes all but the newest `maxMessages` messages; ids sort oldest first. */
export async function pruneMailbox(dir, maxMessages) {
  const files = (await readdir(dir)).filter((name) => MESSAGE_FILE.test(name)).sort();
  const excess = files.slice(0, Math.max(0, files.length - maxMessages));
  await Promise.all(
    excess.map((name) =>
      unlink(path.join(dir, name)).catch((error) => {
        // Another prune (two messages arriving together) may have removed it first.
        if (error.code !== "ENOENT") throw error;
      }),
    ),
  );
  return excess.length;
}

/**
 * Starts a catcher on 127.0.0.1. Port 0 picks a free port (tests); the chosen one is returned.
 * @param {{ port?: number, dir?: string, maxMessages?: number, sizeLimit?: number, log?: (line: string) => void }} [options]
 */
export async function startMailCatcher({ port = DEFAULT_PORT, dir = DEFAULT_DIR, maxMessages = DEFAULT_MAX_MESSAGES, sizeLimit = DEFAULT_SIZE_LIMIT, replyDelayMs = 0, log = () => {} } = {}) {
  const mailDir = path.resolve(dir);
  await mkdir(mailDir, { recursive: true });

  async function store(stream, session) {
    const { raw, oversized } = await readLimited(stream, sizeLimit);
    if (oversized) return Object.assign(new Error(`Message exceeds the catcher's ${sizeLimit} byte limit`), { responseCode: 552 });
    const parsed = await simpleParser(raw);
    const { id, receivedAt } = newMessageId();
    const to = [...new Set(session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()))];
    const message = {
      id,
      receivedAt: receivedAt.toISOString(),
      from: formatFrom(parsed.from) || (session.envelope.mailFrom ? session.envelope.mailFrom.address : ""),
      to,
      subject: parsed.subject ?? "",
      text: parsed.text ?? null,
      html: parsed.html === false ? null : parsed.html,
      headers: headersOf(parsed.headerLines),
    };
    await writeAtomically(path.join(mailDir, `${id}.json`), `${JSON.stringify(message, null, 2)}\n`);
    await pruneMailbox(mailDir, maxMessages);
    // Recipients and id only: bodies carry sign-in links, which are secrets.
    log(`mail-catcher: caught ${id} for ${to.join(", ")}`);
    return undefined;
  }

  const server = new SMTPServer({
    // Loopback only, so there is nothing to authenticate or encrypt.
    disabledCommands: ["AUTH", "STARTTLS"],
    authOptional: true,
    size: sizeLimit,
    banner: "OffSwitch mail catcher: nothing is sent on",
    logger: false,
    // Every client is on loopback; a reverse DNS lookup per connection only adds latency.
    disableReverseLookup: true,
    // Senders keep pooled connections open: on close, end them after a second instead of 30.
    closeTimeout: 1000,
    onData(stream, session, callback) {
      store(stream, session).then(
        // The reply can be held back, as a real server's latency: tests that kill a sender mid-send need sending to take time.
        (error) => (replyDelayMs > 0 ? setTimeout(() => callback(error ?? null), replyDelayMs) : callback(error ?? null)),
        (error) => {
          log(`mail-catcher: could not store a message: ${error instanceof Error ? error.message : String(error)}`);
          callback(Object.assign(new Error("The mail catcher could not store the message"), { responseCode: 451 }));
        },
      );
    },
  });

  // smtp-server re-emits listen errors (EADDRINUSE) on itself: reject with them, then only log.
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => log(`mail-catcher: ${error.message}`));

  return {
    port: server.server.address().port,
    dir: mailDir,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const cliEnvSchema = z.object({
  MAIL_CATCHER_SMTP_PORT: z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number({ error: "must be a port number such as 2525" }).int().min(1).max(65535).default(DEFAULT_PORT)),
  MAIL_CATCHER_DIR: z.preprocess((value) => (value === "" ? undefined : value), z.string().default(DEFAULT_DIR)),
});

async function main() {
  const parsed = cliEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    console.error(`mail-catcher: invalid configuration:\n${parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n")}`);
    process.exit(1);
  }
  const { MAIL_CATCHER_SMTP_PORT: port, MAIL_CATCHER_DIR: dir } = parsed.data;
  let catcher;
  try {
    catcher = await startMailCatcher({ port, dir, log: (line) => console.log(line) });
  } catch (error) {
    const inUse = error && error.code === "EADDRINUSE";
    console.error(inUse ? `mail-catcher: port ${port} on 127.0.0.1 is in use; set MAIL_CATCHER_SMTP_PORT to another port` : `mail-catcher: ${error.message}`);
    process.exit(1);
  }
  console.log(`mail-catcher: listening on smtp://127.0.0.1:${catcher.port}, keeping mail in ${catcher.dir}`);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      catcher.close().then(() => process.exit(0));
      // Do not let a client that keeps its connection open hold shutdown hostage.
      setTimeout(() => process.exit(0), 2000).unref();
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
