/**
 * Where a person may be sent after signing in: a page of this site, decided the way the browser
 * will read the `Location` header, not by looking at the first characters. The URL parser strips
 * tabs and newlines, treats `\` as `/` and resolves `/\evil.example` or `//evil.example` to
 * another host exactly as a browser does, so anything that leaves the origin is caught here.
 */
export function sameOriginPath(target: string, baseUrl: string, allowedOrigins: readonly string[] = []): string | undefined {
  let base: URL;
  let resolved: URL;
  try {
    base = new URL(baseUrl);
    resolved = new URL(target, base);
  } catch {
    return undefined;
  }
  const origins = new Set([base.origin, ...allowedOrigins.flatMap((origin) => originOf(origin))]);
  if (resolved.origin === "null" || !origins.has(resolved.origin)) return undefined;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // "/.//evil.example" resolves to the path "//evil.example", which as a Location is another host.
  if (!path.startsWith("/") || path.startsWith("//")) return undefined;
  return path;
}

function originOf(url: string): string[] {
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}
