import "server-only";
import { cookies } from "next/headers";
import { SIGNED_IN_HINT_COOKIE, signedInHintCookieOptions } from "@/lib/auth/signed-in-hint";
import { env } from "@/server/env";

/**
 * A cookie readable by the page's JavaScript that says only "this browser has signed in". The
 * session itself stays in its httpOnly cookie; the hint lets anonymous visitors skip the session
 * request entirely (no request, no database query, nothing to log).
 */
export async function setSignedInHint(maxAgeSeconds: number): Promise<void> {
  (await cookies()).set(SIGNED_IN_HINT_COOKIE, "1", signedInHintCookieOptions(maxAgeSeconds, env.AUTH_URL ?? env.SITE_URL));
}

/** Expires the hint with the attributes it was set with (a Secure cookie is only replaced by a Secure one). */
export async function clearSignedInHint(): Promise<void> {
  (await cookies()).set(SIGNED_IN_HINT_COOKIE, "", signedInHintCookieOptions(0, env.AUTH_URL ?? env.SITE_URL));
}
