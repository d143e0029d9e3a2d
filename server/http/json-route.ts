import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, isDatabaseUnavailable } from "@/server/errors";
import { isCrossSiteWrite, siteOriginsOf } from "@/lib/security/same-origin";

export type JsonError = { error: { code: string; message: string; details?: readonly string[] } };

/** An answer about one person's request (401, 429, 503…) must not be kept by a cache and shown to someone else. */
const NO_STORE = { "Cache-Control": "private, no-store" };

/** Maps any thrown value to a response: AppErrors keep their status and message, nothing else leaks. */
export function errorResponse(error: unknown): NextResponse<JsonError> {
  if (error instanceof AppError) {
    const headers = { ...NO_STORE, ...(error.retryAfterSeconds ? { "Retry-After": String(error.retryAfterSeconds) } : {}) };
    return NextResponse.json({ error: { code: error.code, message: error.message, details: error.details } }, { status: error.status, headers });
  }
  if (isDatabaseUnavailable(error)) {
    return NextResponse.json(
      { error: { code: "unavailable", message: "Saving is unavailable for a moment. Your ticks are kept in this browser and will be sent again." } },
      { status: 503, headers: { ...NO_STORE, "Retry-After": "5" } },
    );
  }
  // The name and a short error code (a Prisma or Postgres code) say what failed without logging request data.
  const code = (error as { code?: unknown } | null)?.code;
  console.error("Unexpected error in a route handler", error instanceof Error ? error.name : typeof error, typeof code === "string" ? code.slice(0, 20) : "");
  return NextResponse.json({ error: { code: "internal", message: "Something went wrong on our side." } }, { status: 500, headers: NO_STORE });
}

/** Formats zod issues as short "path: message" lines a person (or a developer) can act on. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => `${issue.path.length ? issue.path.join(".") : "body"}: ${issue.message}`);
}

const MAX_JSON_BYTES = 256 * 1024;

/**
 * Reads a JSON request body for a state-changing request: same-origin only (CSRF), JSON content
 * type, bounded size, then parsed with the given schema. Every failure is a clear 4xx.
 */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  assertSameOrigin(request);
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("unsupported-media-type", "Send the body as JSON with Content-Type: application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BYTES) throw new AppError("payload-too-large", `The body is larger than ${MAX_JSON_BYTES / 1024} kB.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw new AppError("payload-too-large", `The body is larger than ${MAX_JSON_BYTES / 1024} kB.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError("invalid-input", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("invalid-input", "The request is not valid.", { details: describeIssues(parsed.error) });
  return parsed.data;
}

/** Cross-site writes are refused in proxy.ts already; checked here again so a route never depends on the matcher. */
export function assertSameOrigin(request: Request): void {
  const headers = request.headers;
  const crossSite = isCrossSiteWrite({
    method: request.method,
    secFetchSite: headers.get("sec-fetch-site"),
    origin: headers.get("origin"),
    siteOrigins: siteOriginsOf(request.url, headers),
  });
  if (crossSite) throw new AppError("forbidden", "Cross-site requests are not allowed.");
}
