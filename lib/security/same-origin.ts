/**
 * CSRF defence for every state-changing request, API routes and server actions alike. Browsers
 * send Origin (and Sec-Fetch-Site) on every cross-site POST, PUT, PATCH and DELETE; a request
 * carrying neither did not come from a web page, so it cannot ride on someone's cookies.
 */

/** Methods that must not change anything, so they need no origin check. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);

export type RequestOriginHeaders = {
  method: string;
  /** The Sec-Fetch-Site request header, or null. */
  secFetchSite: string | null;
  /** The Origin request header, or null. */
  origin: string | null;
  /** The origins this site is served on, as seen by this request (its URL and its Host header). */
  siteOrigins: readonly string[];
};

/** True when a state-changing request comes from another site (or an opaque "null" origin). */
export function isCrossSiteWrite({ method, secFetchSite, origin, siteOrigins }: RequestOriginHeaders): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (secFetchSite && secFetchSite !== "same-origin" && secFetchSite !== "none") return true;
  if (origin === null) return false;
  return !siteOrigins.includes(origin);
}

/**
 * The origins a request may legitimately come from: its own URL's and the one its Host header names.
 * Never X-Forwarded-Host: any client can send it, and a proxy that passes it on lets a request name
 * the very origin it is then compared with. A reverse proxy must pass the public Host through
 * unchanged (docs/deploy.md).
 */
export function siteOriginsOf(url: string, headers: { get(name: string): string | null }): string[] {
  const own = new URL(url);
  const host = headers.get("host");
  const fromHost = host ? `${own.protocol}//${host}` : undefined;
  return fromHost && fromHost !== own.origin ? [own.origin, fromHost] : [own.origin];
}
