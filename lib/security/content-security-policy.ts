/**
 * The Content-Security-Policy for HTML documents. Scripts are allowed from this origin, plus
 * exactly the inline scripts Next.js wrote into a page: by hash for prerendered pages (kept
 * static and cacheable), by per-request nonce for pages rendered on demand. Never
 * 'unsafe-inline' or 'unsafe-eval' in production.
 */
export type CspOptions = {
  scriptHashes: readonly string[];
  nonce?: string;
  /** Development needs eval for React's error overlays and inline styles for hot reloading. */
  development: boolean;
  /** Only upgrade requests when the site is served over https (localhost over http would break). */
  https: boolean;
};

export function buildContentSecurityPolicy({ scriptHashes, nonce, development, https }: CspOptions): string {
  const scriptSources = ["'self'", ...scriptHashes.map((hash) => `'${hash}'`)];
  if (nonce) scriptSources.push(`'nonce-${nonce}'`);
  if (development) scriptSources.push("'unsafe-eval'", "'unsafe-inline'");
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    `style-src 'self'${development ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Maps a request path to the key the post-build hash manifest uses ("/guides/x/" -> "/guides/x"). */
export function manifestRouteKey(pathname: string): string {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return trimmed === "" ? "/" : trimmed;
}
