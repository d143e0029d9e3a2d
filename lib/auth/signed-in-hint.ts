/** Name of the non-secret cookie that says this browser has a session worth asking about. */
export const SIGNED_IN_HINT_COOKIE = "offswitch-signed-in";

export function hasSignedInHint(cookieHeader: string): boolean {
  return cookieHeader.split(";").some((part) => part.trim().startsWith(`${SIGNED_IN_HINT_COOKIE}=`));
}

/**
 * The hint cookie's attributes. `Secure` whenever the site is served over https, as Auth.js does
 * for its own cookies, so the hint never travels over plain http to the same host.
 */
export function signedInHintCookieOptions(maxAgeSeconds: number, publicUrl: string) {
  return { path: "/", sameSite: "lax" as const, maxAge: maxAgeSeconds, httpOnly: false, secure: publicUrl.startsWith("https:") };
}
