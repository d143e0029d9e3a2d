import { readFileSync } from "node:fs";
import path from "node:path";
import busboy from "next/dist/compiled/busboy";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { buildContentSecurityPolicy, manifestRouteKey } from "@/lib/security/content-security-policy";
import { isCrossSiteWrite, siteOriginsOf } from "@/lib/security/same-origin";

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

/** Next's own limit for server action bodies; it answers 500 past it, so larger ones are refused here. */
const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/** The proxy's own refusals describe one request: no cache may keep or replay them. */
function refusal(code: string, message: string, status: number): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });
}

/**
 * Refuses what must never reach a route or a server action: cross-site writes (CSRF, one check for
 * every route, including ones added later; Next would answer a cross-origin server action with a
 * 500) and server action bodies Next would reject with a 500.
 */
function refuseUnsafeWrite(request: NextRequest): NextResponse | undefined {
  const crossSite = isCrossSiteWrite({
    method: request.method,
    secFetchSite: request.headers.get("sec-fetch-site"),
    origin: request.headers.get("origin"),
    siteOrigins: siteOriginsOf(request.url, request.headers),
  });
  if (crossSite) return refusal("forbidden", "Cross-site requests are not allowed.", 403);
  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (request.headers.has("next-action") && declaredLength > SERVER_ACTION_BODY_LIMIT) {
    return refusal("payload-too-large", "The request body is too large.", 413);
  }
  return undefined;
}

/** Parses a multipart body with busboy, as Next does for server action calls; resolves false when it cannot. */
function busboyCanRead(contentType: string, body: Buffer): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      const parser = busboy({ headers: { "content-type": contentType }, defParamCharset: "utf8", limits: { fieldSize: SERVER_ACTION_BODY_LIMIT } });
      parser.on("file", (_name, stream) => stream.resume());
      parser.on("error", () => resolve(false));
      parser.on("close", () => resolve(true));
      parser.end(body);
    } catch {
      resolve(false);
    }
  });
}

/**
 * Next reads a multipart POST before any of our code runs (with busboy for a server action call,
 * with Request.formData() for any other POST to a page, a possible no-JavaScript action) and
 * answers a body its parser rejects with a 500. Check it with the same parser and answer 400.
 */
async function refuseUnreadableForm(request: NextRequest): Promise<NextResponse | undefined> {
  const contentType = request.headers.get("content-type") ?? "";
  if (request.method !== "POST" || !/^multipart\/form-data\b/i.test(contentType)) return undefined;
  const readable = request.headers.has("next-action")
    ? await busboyCanRead(contentType, Buffer.from(await request.clone().arrayBuffer()))
    : await request.clone().formData().then(() => true, () => false);
  if (readable) return undefined;
  return refusal("invalid-input", "The form data could not be read.", 400);
}

export async function proxy(request: NextRequest) {
  // Every request, whatever prefetch headers it carries: they are the client's to set.
  const refused = refuseUnsafeWrite(request) ?? (await refuseUnreadableForm(request));

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

  if (refused) {
    refused.headers.set("content-security-policy", policy);
    return refused;
  }

  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from this request header and puts it on the scripts it renders.
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Everything but static files. Prefetch headers exempt nothing (a client sets them at will; a POST
  // carrying `Purpose: prefetch` once skipped the CSRF gate), so router prefetches get a document's policy too.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|sitemap.xml).*)"],
};
