/**
 * The Auth.js endpoints browsers may reach. Everything else Auth.js offers over HTTP (its own
 * sign-in and sign-out POSTs, the CSRF token, the provider list, its built-in pages) is answered
 * 404: sign-in and sign-out go through the app's server actions, which apply the rate limits and
 * address checks (server/auth/sign-in-service.ts) and call Auth.js in-process, not over HTTP.
 */
const BROWSER_ROUTES: readonly { method: "GET" | "POST"; path: RegExp }[] = [
  // The signed-in hint's session check (components/checklist/progress-sync.ts).
  { method: "GET", path: /^\/api\/auth\/session$/ },
  // The magic link, and the OAuth providers' return (query-string response mode).
  { method: "GET", path: /^\/api\/auth\/callback\/(?:nodemailer|github|google)$/ },
];

export function isBrowserAuthRoute(method: string, pathname: string): boolean {
  return BROWSER_ROUTES.some((route) => route.method === method.toUpperCase() && route.path.test(pathname));
}

/**
 * The request URL with a `callbackUrl` query parameter that would leave the site removed. Auth.js
 * answers a callbackUrl that is not an http(s) URL (`javascript:…`) with a 500 before any callback
 * runs; without the parameter it uses the site's origin, as the `redirect` callback would.
 */
export function withoutForeignCallbackUrl(url: URL, isSameOrigin: (target: string) => boolean): URL {
  const target = url.searchParams.get("callbackUrl");
  if (target === null || isSameOrigin(target)) return url;
  const cleaned = new URL(url);
  cleaned.searchParams.delete("callbackUrl");
  return cleaned;
}
