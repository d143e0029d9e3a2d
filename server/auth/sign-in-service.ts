import "server-only";
import { headers } from "next/headers";
import type { SignInRequest } from "@/lib/auth/sign-in-schema";
import { signIn } from "@/server/auth/auth";
import { consumeRateLimit } from "@/server/rate-limit/rate-limit";
import { env } from "@/server/env";

const PER_EMAIL = { name: "magic-link:email", limit: 5, windowSeconds: 15 * 60 };
const PER_IP = { name: "magic-link:ip", limit: env.MAGIC_LINK_LIMIT_PER_IP, windowSeconds: 15 * 60 };

/** The client address as the nearest proxy reports it; only meaningful behind a proxy that sets it. */
async function clientAddress(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "unknown";
}

/**
 * Sends a magic link. The outcome a person sees is the same whether or not an account exists
 * (Auth.js creates the account only when the link is used), so it reveals nothing about who is here.
 */
export async function requestMagicLink({ email, callbackUrl }: SignInRequest): Promise<void> {
  await consumeRateLimit(PER_IP, await clientAddress());
  await consumeRateLimit(PER_EMAIL, email.trim().toLowerCase());
  await signIn("nodemailer", { email: email.trim().toLowerCase(), redirect: false, redirectTo: callbackUrl });
}
