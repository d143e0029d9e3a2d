/**
 * The measuring half of bench/alert-fan-out.mjs, run as a child process under
 * `tsx --conditions=react-server` so it calls the real server modules (plain Node cannot load
 * them). One command per run, one JSON line on stdout:
 *   fan-out <changeId>                  time fanOutChange (deliveries) and notifyUsersOfChange
 *   send <maxEmails> <maxSeconds>       emails/s through sendPendingDeliveries (claim, build, SMTP, record)
 *   raw <emails>                        emails/s of a bare nodemailer loop to SMTP_URL: the sink's ceiling
 */
import { performance } from "node:perf_hooks";
import nodemailer from "nodemailer";
import { fanOutChange, sendPendingDeliveries } from "@/server/alerts/fan-out";
import { db } from "@/server/db/client";
import { closeMailTransport, mailTransportOptions } from "@/server/mail/transport";
import { notifyUsersOfChange } from "@/server/notifications/notify-change";

const [command, first = "", second = ""] = process.argv.slice(2);

async function measureFanOut(changeId: string) {
  const started = performance.now();
  const deliveries = await fanOutChange(changeId);
  const enqueueMs = performance.now() - started;
  const notifyStarted = performance.now();
  const notifications = await notifyUsersOfChange(changeId);
  return { deliveries, enqueueMs, notifications, notifyMs: performance.now() - notifyStarted };
}

async function measureSend(maxEmails: number, maxSeconds: number) {
  const started = performance.now();
  let sent = 0;
  let failed = 0;
  while (sent < maxEmails && performance.now() - started < maxSeconds * 1000) {
    const result = await sendPendingDeliveries({ limit: Math.min(100, maxEmails - sent) });
    sent += result.sent;
    failed += result.permanentFailures + result.transientFailures;
    if (result.sent + result.permanentFailures + result.transientFailures === 0) break;
  }
  const seconds = (performance.now() - started) / 1000;
  return { sent, failed, seconds, perSecond: sent / seconds };
}

/** The same transport settings and a message of the same shape and size as an alert, sent in a plain loop. */
async function measureRaw(emails: number) {
  const transport = nodemailer.createTransport(mailTransportOptions());
  const text = "A setting you may have changed needs another look.\n".repeat(8);
  const started = performance.now();
  for (let i = 0; i < emails; i += 1) {
    await transport.sendMail({
      from: "OffSwitch <no-reply@offswitch.localhost>",
      to: `raw-${i}@bench.test`,
      subject: "Settings changed: a bench message",
      text,
      html: `<p>${text}</p>`,
      headers: { "List-Unsubscribe": "<https://offswitch.example/api/alerts/unsubscribe?token=x>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
  }
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  return { sent: emails, seconds, perSecond: emails / seconds };
}

try {
  if (command === "fan-out") console.log(JSON.stringify(await measureFanOut(first)));
  else if (command === "send") console.log(JSON.stringify(await measureSend(Number(first), Number(second))));
  else if (command === "raw") console.log(JSON.stringify(await measureRaw(Number(first))));
  else throw new Error(`unknown command ${command ?? ""}`);
} finally {
  closeMailTransport();
  await db.$disconnect();
}
