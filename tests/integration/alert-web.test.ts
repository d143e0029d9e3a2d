import { afterAll, describe, expect, test } from "vitest";
import { subscribeFormSchema } from "@/lib/alerts/subscribe-form";
import { subscribe } from "@/server/alerts/subscribe-service";
import { confirmSubscription, isConfirmTokenPending, unsubscribeByToken } from "@/server/alerts/subscriptions";
import { db } from "@/server/db/client";
import type { OutgoingMail } from "@/server/mail/transport";
import { guideWithChange, unique } from "@/tests/integration/alert-fixtures";

afterAll(() => db.$disconnect());

const address = () => `${unique("reader")}@example.test`;
const form = (fields: Record<string, string>) => subscribeFormSchema.parse(fields);

/** Collects what the service sends, in place of SMTP (the transport itself is tested over real SMTP in alert-fan-out). */
function outbox() {
  const sent: OutgoingMail[] = [];
  return { sent, send: async (mail: OutgoingMail) => void sent.push(mail) };
}

const tokenFrom = (text: string, path: string) => new RegExp(`${path}\\?token=([A-Za-z0-9_-]{43})`).exec(text)?.[1];

describe("subscribing through the web form (real Postgres)", () => {
  test("anonymous: a confirmation email with text and HTML; nothing is confirmed until the link is used", async () => {
    const { guideSlug } = await guideWithChange();
    const email = address();
    const mail = outbox();
    expect(await subscribe(form({ scope: "guide", scopeSlug: guideSlug, email, cadence: "weekly" }), { clientIp: unique("ip") }, mail.send)).toBe("check-email");
    expect(mail.sent).toHaveLength(1);
    const [message] = mail.sent;
    expect(message).toMatchObject({ to: email, subject: "Confirm your OffSwitch alerts" });
    expect(message?.html).toContain("Confirm my alerts");
    expect(message?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const row = await db.subscription.findFirstOrThrow({ where: { email } });
    expect(row).toMatchObject({ scope: "guide", scopeSlug: guideSlug, cadence: "weekly", confirmedAt: null, userId: null });

    const confirmToken = tokenFrom(message?.text ?? "", "/alerts/confirm");
    // The confirm page's read-only check: good now, not after 24 hours, never for junk.
    expect(await isConfirmTokenPending(confirmToken)).toBe(true);
    expect(await isConfirmTokenPending(confirmToken, new Date(row.createdAt.getTime() + 25 * 60 * 60 * 1000))).toBe(false);
    expect(await isConfirmTokenPending("not-a-token")).toBe(false);
    await confirmSubscription(confirmToken);
    expect((await db.subscription.findUniqueOrThrow({ where: { id: row.id } })).confirmedAt).toBeInstanceOf(Date);
    expect(await isConfirmTokenPending(confirmToken)).toBe(false);
    // The unsubscribe link in the confirmation email works too.
    await unsubscribeByToken(tokenFrom(message?.text ?? "", "/alerts/unsubscribe"));
    expect(await db.subscription.findUnique({ where: { id: row.id } })).toBeNull();
  });

  test("no enumeration: subscribing an address that is already subscribed looks the same, and confirming folds it into the existing one", async () => {
    const { guideSlug } = await guideWithChange();
    const email = address();
    const first = outbox();
    const input = form({ scope: "guide", scopeSlug: guideSlug, email, cadence: "immediate" });
    const outcome = await subscribe(input, { clientIp: unique("ip") }, first.send);
    await confirmSubscription(tokenFrom(first.sent[0]?.text ?? "", "/alerts/confirm"));

    const same = outbox();
    expect(await subscribe(input, { clientIp: unique("ip") }, same.send)).toBe(outcome);
    const withoutTokens = (mail: OutgoingMail) => [mail.to, mail.subject, mail.text.replace(/token=[\w-]+/g, ""), mail.html.replace(/token=[\w-]+/g, "")];
    expect(same.sent.map(withoutTokens)).toEqual(first.sent.map(withoutTokens));

    const again = outbox();
    await subscribe({ ...input, cadence: "weekly" }, { clientIp: unique("ip") }, again.send);
    await confirmSubscription(tokenFrom(again.sent[0]?.text ?? "", "/alerts/confirm"));
    const rows = await db.subscription.findMany({ where: { email, confirmedAt: { not: null } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ cadence: "weekly" });
    await db.subscription.deleteMany({ where: { email } });
  });

  test("signed in: one click subscribes the account address, confirmed and tied to the account; again changes the cadence", async () => {
    const { platform } = await guideWithChange();
    const email = address();
    const user = await db.user.create({ data: { email } });
    const mail = outbox();
    expect(await subscribe(form({ scope: "platform", scopeSlug: platform, email: "" }), { clientIp: unique("ip"), user: { id: user.id, email } }, mail.send)).toBe("subscribed");
    expect(await subscribe(form({ scope: "platform", scopeSlug: platform, email: email.toUpperCase(), cadence: "weekly" }), { clientIp: unique("ip"), user: { id: user.id, email } }, mail.send)).toBe("subscribed");
    expect(mail.sent).toHaveLength(0);
    const rows = await db.subscription.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email, scope: "platform", scopeSlug: platform, cadence: "weekly" });
    expect(rows[0]?.confirmedAt).toBeInstanceOf(Date);
    // A different address, even when signed in, must be confirmed by its owner.
    const other = address();
    expect(await subscribe(form({ scope: "all", email: other }), { clientIp: unique("ip"), user: { id: user.id, email } }, mail.send)).toBe("check-email");
    expect(await db.subscription.findFirstOrThrow({ where: { email: other } })).toMatchObject({ confirmedAt: null, userId: null });
    await db.subscription.deleteMany({ where: { email: other } });
    await db.user.delete({ where: { id: user.id } });
  });

  test("refuses a missing address, an unknown guide, and stores nothing", async () => {
    const mail = outbox();
    await expect(subscribe(form({ scope: "all" }), { clientIp: unique("ip") }, mail.send)).rejects.toMatchObject({ code: "invalid-input", status: 400 });
    const email = address();
    await expect(subscribe(form({ scope: "guide", scopeSlug: unique("no-such-guide"), email }), { clientIp: unique("ip") }, mail.send)).rejects.toMatchObject({ code: "invalid-input" });
    expect(await db.subscription.count({ where: { email } })).toBe(0);
    expect(mail.sent).toHaveLength(0);
  });

  test("rate-limited per address and per client, with the same answer for any address", async () => {
    const email = address();
    const mail = outbox();
    for (let i = 0; i < 5; i += 1) await subscribe(form({ scope: "all", email, cadence: "weekly" }), { clientIp: unique("ip") }, mail.send);
    await expect(subscribe(form({ scope: "all", email, cadence: "weekly" }), { clientIp: unique("ip") }, mail.send)).rejects.toMatchObject({ code: "rate-limited", status: 429 });
    const ip = unique("ip");
    for (let i = 0; i < 30; i += 1) await subscribe(form({ scope: "all", email: address() }), { clientIp: ip }, mail.send);
    await expect(subscribe(form({ scope: "all", email: address() }), { clientIp: ip }, mail.send)).rejects.toMatchObject({ code: "rate-limited" });
    expect(mail.sent).toHaveLength(35);
    await db.subscription.deleteMany({ where: { id: { in: (await db.subscription.findMany({ where: { scope: "all", confirmedAt: null, email: { endsWith: "@example.test" } }, select: { id: true } })).map((row) => row.id) } } });
  });

  test("plus-tagged variants of one address share its limit (name+1@, name+2@… count as name@)", async () => {
    const local = unique("tagged");
    const mail = outbox();
    for (let i = 1; i <= 5; i += 1) await subscribe(form({ scope: "all", email: `${local}+${i}@example.test`, cadence: "weekly" }), { clientIp: unique("ip") }, mail.send);
    await expect(subscribe(form({ scope: "all", email: `${local.toUpperCase()}+6@Example.test`, cadence: "weekly" }), { clientIp: unique("ip") }, mail.send)).rejects.toMatchObject({ code: "rate-limited" });
    await expect(subscribe(form({ scope: "all", email: `${local}@example.test`, cadence: "weekly" }), { clientIp: unique("ip") }, mail.send)).rejects.toMatchObject({ code: "rate-limited" });
    // Mail still goes to the address as typed.
    expect(mail.sent.map((sent) => sent.to)).toEqual([1, 2, 3, 4, 5].map((i) => `${local}+${i}@example.test`));
    await db.subscription.deleteMany({ where: { email: { startsWith: local } } });
  });

  test("a failed confirmation email leaves no subscription behind and says so", async () => {
    const email = address();
    const failing = async () => {
      throw new Error("connect ECONNREFUSED");
    };
    await expect(subscribe(form({ scope: "all", email }), { clientIp: unique("ip") }, failing)).rejects.toMatchObject({ code: "unavailable", status: 503 });
    expect(await db.subscription.count({ where: { email } })).toBe(0);
  });
});
