import "server-only";
import http from "node:http";
import https from "node:https";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import { guardedLookup, literalAddressReason, RefusedAddressError } from "@/server/sources/address-guard";

export type FetchPolicy = {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowLoopback: boolean;
};

export type HttpResult =
  | { kind: "ok"; status: number; finalUrl: string; body: string; etag?: string; lastModified?: string }
  | { kind: "not-modified"; status: 304; finalUrl: string }
  | { kind: "failed"; why: string; status?: number; finalUrl: string; retryAfterMs?: number; retryable: boolean };

/**
 * One polite GET: identifies itself, sends the validators it has (conditional GET), follows
 * redirects by hand re-checking each address, stops at a size limit and a timeout, and reads
 * Retry-After on 429 and 503. Never throws for what a server does.
 */
export async function politeGet(url: string, policy: FetchPolicy, validators: { etag?: string | null; lastModified?: string | null } = {}): Promise<HttpResult> {
  let current = url;
  for (let hop = 0; ; hop += 1) {
    let target: URL;
    try {
      target = new URL(current);
    } catch {
      return { kind: "failed", why: `not a URL: ${current}`, finalUrl: current, retryable: false };
    }
    if (target.protocol !== "https:" && target.protocol !== "http:") return { kind: "failed", why: `refused: ${target.protocol} URL`, finalUrl: current, retryable: false };
    const literal = literalAddressReason(target.hostname, policy.allowLoopback);
    if (literal) return { kind: "failed", why: `refused: ${literal}`, finalUrl: current, retryable: false };

    const headers: Record<string, string> = { "User-Agent": policy.userAgent, Accept: "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.5", "Accept-Language": "en", "Accept-Encoding": "gzip, deflate, br" };
    if (hop === 0 && validators.etag) headers["If-None-Match"] = validators.etag;
    if (hop === 0 && validators.lastModified) headers["If-Modified-Since"] = validators.lastModified;

    const response = await request(target, headers, policy).catch((error: unknown) => error as Error);
    if (response instanceof Error) {
      const refusedAddress = response instanceof RefusedAddressError;
      return { kind: "failed", why: refusedAddress ? response.message : response.message.startsWith("timed out") || response.message.startsWith("response larger") ? response.message : `could not connect (${response.message})`, finalUrl: current, retryable: !refusedAddress };
    }
    const { status, headers: got } = response;
    if (status >= 300 && status < 400 && status !== 304 && got.location) {
      if (hop >= policy.maxRedirects) return { kind: "failed", why: `more than ${policy.maxRedirects} redirects`, status, finalUrl: current, retryable: false };
      current = new URL(got.location, current).toString();
      continue;
    }
    if (status === 304) return { kind: "not-modified", status, finalUrl: current };
    if (status === 429 || status >= 500) {
      return { kind: "failed", why: `HTTP ${status}`, status, finalUrl: current, retryAfterMs: parseRetryAfter(got["retry-after"]), retryable: true };
    }
    if (status >= 400) return { kind: "failed", why: `HTTP ${status}`, status, finalUrl: current, retryable: status === 408 };
    const type = String(got["content-type"] ?? "text/html");
    if (!/^(text\/|application\/(xhtml\+)?xml)/i.test(type)) return { kind: "failed", why: `not a page (${type.split(";")[0]})`, status, finalUrl: current, retryable: false };
    return { kind: "ok", status, finalUrl: current, body: response.body, etag: header(got.etag), lastModified: header(got["last-modified"]) };
  }
}

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

function request(target: URL, headers: Record<string, string>, policy: FetchPolicy): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const client = target.protocol === "https:" ? https : http;
    const req = client.request(target, { method: "GET", headers, lookup: guardedLookup(policy.allowLoopback), timeout: policy.timeoutMs }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        res.resume();
        resolve({ status, headers: res.headers, body: "" });
        return;
      }
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > policy.maxBytes) {
        req.destroy();
        reject(new Error(`response larger than ${policy.maxBytes} bytes (Content-Length ${declared})`));
        return;
      }
      const stream = decoded(res);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > policy.maxBytes) {
          req.destroy();
          reject(new Error(`response larger than ${policy.maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on("end", () => resolve({ status, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      stream.on("error", reject);
    });
    // The whole exchange, not only the connect, must finish in time.
    const deadline = setTimeout(() => req.destroy(new Error(`timed out after ${policy.timeoutMs} ms`)), policy.timeoutMs);
    req.on("close", () => clearTimeout(deadline));
    req.on("timeout", () => req.destroy(new Error(`timed out after ${policy.timeoutMs} ms`)));
    req.on("error", reject);
    req.end();
  });
}

function decoded(res: http.IncomingMessage): Readable {
  switch (String(res.headers["content-encoding"] ?? "").toLowerCase()) {
    case "gzip":
      return res.pipe(createGunzip());
    case "deflate":
      return res.pipe(createInflate());
    case "br":
      return res.pipe(createBrotliDecompress());
    default:
      return res;
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Retry-After as delta-seconds or an HTTP date, in milliseconds from now (capped at a week). */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const raw = header(value)?.trim();
  if (!raw) return undefined;
  const ms = /^\d+$/.test(raw) ? Number(raw) * 1000 : Date.parse(raw) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(ms, 0), 7 * 24 * 3600 * 1000);
}
