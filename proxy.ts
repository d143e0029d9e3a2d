import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { buildContentSecurityPolicy, manifestRouteKey } from "@/lib/security/content-security-policy";

const hashManifestSchema = z.record(z.string(), z.array(z.string().regex(/^sha256-[A-Za-z0-9+/=]+$/)));
type HashManifest = z.infer<typeof hashManifestSchema>;

let hashManifest: HashManifest | undefined;

/** Inline-script hashes of prerendered pages, written by scripts/csp-hashes.mjs after `next build`. */
function loadHashManifest(): HashManifest {
  if (hashManifest) return hashManifest;
  try {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "csp-hashes.json");
    hashManifest = hashManifestSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    // `next dev` has no manifest: development allows inline scripts anyway.
    hashManifest = {};
  }
  return hashManifest;
}

export function proxy(request: NextRequest) {
  const development = process.env.NODE_ENV === "development";
  const manifest = loadHashManifest();
  const prerendered = manifest[manifestRouteKey(request.nextUrl.pathname)];
  // Unknown paths may be answered by the prerendered 404 page, or rendered on demand with a nonce.
  const nonce = prerendered ? undefined : Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = buildContentSecurityPolicy({
    scriptHashes: prerendered ?? manifest["/_not-found"] ?? [],
    nonce,
    development,
    https: request.nextUrl.protocol === "https:",
  });

  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from this request header and puts it on the scripts it renders.
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Documents only: static assets, images and prefetches need no policy of their own.
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|sitemap.xml).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
