import "server-only";
import type { SubscribeForm } from "@/lib/alerts/subscribe-form";
import { confirmationEmail, scopeDescription } from "@/server/alerts/confirmation-email";
import { createSubscription, subscribeAccount } from "@/server/alerts/subscriptions";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { sendMail, type OutgoingMail } from "@/server/mail/transport";
import { env } from "@/server/env";
import { mailboxKey } from "@/lib/email/address";
import { consumeRateLimit, type RateLimitRule } from "@/server/rate-limit/rate-limit";

const SUBSCRIBE_PER_EMAIL: RateLimitRule = { name: "alerts-subscribe-email", limit: 5, windowSeconds: 60 * 60 };
const SUBSCRIBE_PER_IP: RateLimitRule = { name: "alerts-subscribe-ip", limit: env.ALERTS_SUBSCRIBE_LIMIT_PER_IP, windowSeconds: 15 * 60 };

/** "check-email": a confirmation link was sent (always the answer for an address, known or not). */
export type SubscribeOutcome = "check-email" | "subscribed";

/** The guide or platform must exist: no subscriptions to things that can never change. */
async function describeTarget(form: SubscribeForm): Promise<string> {
  if (form.scope === "all") return scopeDescription("all", null);
  const guide = await db.guide.findFirst({ where: form.scope === "guide" ? { slug: form.scopeSlug } : { platform: form.scopeSlug }, select: { title: true } });
  if (!guide) throw new AppError("invalid-input", "There is no such guide or platform to get alerts about.", { details: ["scopeSlug: unknown"] });
  return scopeDescription(form.scope, form.scopeSlug ?? null, { guideTitle: guide.title });
}

/**
 * Signed-in people subscribe their account address with one click (confirmed at once); anyone
 * else gets a confirmation email (double opt-in). Rate-limited per client and per address. The
 * outcome for an address is the same whether or not it is already subscribed, so the form
 * cannot be used to find out who is.
 */
export async function subscribe(form: SubscribeForm, context: { clientIp: string; user?: CurrentUser }, send: (mail: OutgoingMail) => Promise<unknown> = sendMail): Promise<SubscribeOutcome> {
  const { user } = context;
  const useAccount = user !== undefined && (form.email === undefined || form.email.toLowerCase() === user.email.toLowerCase());
  const email = useAccount ? user.email : form.email;
  if (!email) throw new AppError("invalid-input", "Enter your email address, or sign in to subscribe with your account's address.", { details: ["email: required"] });
  await consumeRateLimit(SUBSCRIBE_PER_IP, context.clientIp);
  // Per mailbox: name+1@, name+2@… all reach name@ and share its limit.
  await consumeRateLimit(SUBSCRIBE_PER_EMAIL, mailboxKey(email));
  const what = await describeTarget(form);
  const request = form.scope === "all" ? { scope: form.scope, cadence: form.cadence } : { scope: form.scope, scopeSlug: form.scopeSlug ?? "", cadence: form.cadence };
  if (useAccount) {
    await subscribeAccount(user, request);
    return "subscribed";
  }
  const created = await createSubscription({ ...request, email });
  try {
    await send(confirmationEmail({ email, what, cadence: form.cadence, confirmToken: created.confirmToken, unsubscribeToken: created.unsubscribeToken }));
  } catch (error) {
    // No email, no way to confirm: drop the row rather than leave it for the purge.
    await db.subscription.delete({ where: { id: created.id } }).catch(() => undefined);
    throw new AppError("unavailable", "We could not send the confirmation email just now. Please try again in a minute.", { cause: error });
  }
  return "check-email";
}
