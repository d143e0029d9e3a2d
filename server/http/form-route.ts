import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "@/server/errors";
import { assertSameOrigin } from "@/server/http/json-route";

const MAX_FORM_BYTES = 16 * 1024;

/**
 * Reads an HTML form post (works without JavaScript) for a state-changing request: same-origin
 * only (CSRF), a form content type, bounded size. Returns the text fields; parse them with zod.
 */
export async function readFormFields(request: Request, options: { crossOrigin?: "allowed" } = {}): Promise<Record<string, string>> {
  if (options.crossOrigin !== "allowed") assertSameOrigin(request);
  const type = request.headers.get("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    throw new AppError("unsupported-media-type", "Send the form as application/x-www-form-urlencoded.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_FORM_BYTES) throw new AppError("payload-too-large", "The form is too large.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_FORM_BYTES) throw new AppError("payload-too-large", "The form is too large.");
  const form = /^multipart\//i.test(type) ? await new Response(text, { headers: { "content-type": type } }).formData() : new URLSearchParams(text);
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") fields[name] = value;
  return fields;
}

/** True when the caller asked for JSON (scripts, tests) rather than being a browser form post. */
export function wantsJson(request: Request): boolean {
  return /\bapplication\/json\b/i.test(request.headers.get("accept") ?? "");
}

/** 303 See Other to a path on this site: after a form POST the browser GETs the result page. */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}
