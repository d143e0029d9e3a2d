import "server-only";
import type { SignInRequest } from "@/lib/auth/sign-in-schema";
import { mailboxKey } from "@/lib/email/address";
import { signIn } from "@/server/auth/auth";
import { purgeExpiredSignInTokens } from "@/server/auth/sign-in-tokens";
import { consumeRateLimit } from "@/server/rate-limit/rate-limit";
import { currentClientAddress } from "@/server/http/client-address";
import { env } from "@/server/env";

const PER_EMAIL = { name: "magic-link:email", limit: 5, windowSeconds: 15 * 60 };
const PER_IP = { name: "magic-link:ip", limit: env.MAGIC_LINK_LIMIT_PER_IP, windowSeconds: 15 * 60 };

/**
 * Sends a magic link: the only way to ask for one (Auth.js's own sign-in route answers 404, see
 * lib/auth/auth-routes.ts). Limited per client address and per mailbox (`name+tag@` counts as
 * `name@`). The outcome a person sees is the same whether or not an account exists (Auth.js
 * creates the account only when the link is used), so it reveals nothing about who is here.
 */
export async function requestMagicLink({ email, callbackUrl }: SignInRequest): Promise<void> {
  await consumeRateLimit(PER_IP, await currentClientAddress());
  await consumeRateLimit(PER_EMAIL, mailboxKey(email));
  // Expired links are useless but keep the address someone typed: drop them as new ones are made.
  await purgeExpiredSignInTokens();
  await signIn("nodemailer", { email, redirect: false, redirectTo: callbackUrl });
}
