import { randomInt } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { newEmail } from "@/tests/e2e/fixtures/accounts";
import { withE2eDatabase } from "@/tests/e2e/fixtures/e2e-database";
import { expect, test, type Mailbox } from "@/tests/e2e/fixtures/mailbox";

/**
 * ASVS 5.0 6.3.8 for alert subscribers: the subscribe route answers an address that already has
 * a confirmed subscription exactly as it answers one it has never seen, over plain HTTP (the
 * browser's form post and a script asking for JSON) and in the email that follows.
 */

// Mail goes through the real SMTP catcher; on a busy shared machine that takes a while.
test.describe.configure({ timeout: 120_000 });

const GUIDE = "linkedin-ai-training";
const FORM = { scope: "guide", scopeSlug: GUIDE, cadence: "immediate" };

/** One made-up client address per test run, so other specs' subscriptions do not count against this one's limit. */
const CLIENT = { "X-Forwarded-For": `198.51.100.${randomInt(1, 255)}` };

/** Subscribes and confirms by the emailed link; returns the confirmation email's List-Unsubscribe URL. */
async function subscribeAndConfirm(request: APIRequestContext, mailbox: Mailbox, email: string): Promise<string> {
  const subscribed = await request.post("/api/alerts/subscribe", { headers: CLIENT, form: { ...FORM, email }, maxRedirects: 0 });
  expect(subscribed.status()).toBe(303);
  const mail = await mailbox.waitForMail({ to: email, subjectIncludes: "Confirm" });
  const link = mailbox.extractLinks(mail).find((href) => new URL(href).pathname === "/alerts/confirm");
  const token = link ? (new URL(link).searchParams.get("token") ?? "") : "";
  const confirmed = await request.post("/api/alerts/confirm", { headers: CLIENT, form: { token }, maxRedirects: 0 });
  // The confirmed page is told what was subscribed (issue 16 item 9); the path is what matters here.
  expect(new URL(confirmed.headers().location ?? "", "http://x").pathname).toBe("/alerts/confirmed");
  return /^<(.+)>$/.exec(mail.headers["list-unsubscribe"] ?? "")?.[1] ?? "";
}

async function subscriptionRows(email: string): Promise<number> {
  return withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "Subscription" WHERE email = $1`, [email]);
    return rows[0]?.count ?? -1;
  });
}

/** Everything the subscribe route says to a form post and to a JSON caller, with the address blanked out. */
async function subscribeAnswers(request: APIRequestContext, email: string): Promise<string> {
  const answers: string[] = [];
  for (const accept of ["text/html", "application/json"]) {
    const response = await request.post("/api/alerts/subscribe", { headers: { ...CLIENT, Accept: accept }, form: { ...FORM, email }, maxRedirects: 0 });
    const headers = Object.entries(response.headers())
      .filter(([name]) => !["date", "content-security-policy", "x-nextjs-request-id"].includes(name))
      .sort(([a], [b]) => a.localeCompare(b));
    answers.push(`${response.status()} ${JSON.stringify(headers)}\n${(await response.text()).replaceAll(email, "<email>")}`);
  }
  return answers.join("\n---\n");
}

test("subscribing answers the same whether or not the address is already a confirmed subscriber", async ({ request, mailbox }) => {
  const known = newEmail("subscriber-known");
  const unknown = newEmail("subscriber-unknown");
  await subscribeAndConfirm(request, mailbox, known);
  const askedAt = new Date();

  const knownAnswer = await subscribeAnswers(request, known);
  expect(knownAnswer).toBe(await subscribeAnswers(request, unknown));
  // Both ways of asking went through: the browser is sent to "check your email", the script told so.
  expect(knownAnswer).toContain("303");
  expect(knownAnswer).toContain('"location","/alerts/check-email?');
  expect(knownAnswer).toContain('{"outcome":"check-email"}');

  // And the email that follows does not tell them apart either.
  const subjects = await Promise.all([known, unknown].map(async (email) => (await mailbox.waitForMail({ to: email, subjectIncludes: "Confirm", after: askedAt })).subject.replaceAll(email, "<email>")));
  expect(subjects[0]).toBe(subjects[1]);
});

test("RFC 8058 one-click unsubscribe: the mail provider's server POST (no Origin) works, the same POST from another site's page is refused", async ({ request, mailbox }) => {
  const email = newEmail("one-click");
  const oneClickUrl = await subscribeAndConfirm(request, mailbox, email);
  expect(new URL(oneClickUrl).pathname).toBe("/api/alerts/unsubscribe");
  const oneClick = { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 };

  // A page on another site could only send this with its Origin: proxy.ts refuses it, and the subscription stays.
  const forged = await request.post(oneClickUrl, { ...oneClick, headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" } });
  expect(forged.status()).toBe(403);
  expect(await subscriptionRows(email)).toBe(1);

  // Mail providers POST from their servers, with neither Origin nor Sec-Fetch-Site: the token alone authorizes it.
  const fromProvider = await request.post(oneClickUrl, oneClick);
  expect(fromProvider.status()).toBe(200);
  expect(await subscriptionRows(email)).toBe(0);
});
