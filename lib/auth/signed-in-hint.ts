/** Name of the non-secret cookie that says this browser has a session worth asking about. */
export const SIGNED_IN_HINT_COOKIE = "offswitch-signed-in";

export function hasSignedInHint(cookieHeader: string): boolean {
  return cookieHeader.split(";").some((part) => part.trim().startsWith(`${SIGNED_IN_HINT_COOKIE}=`));
}
