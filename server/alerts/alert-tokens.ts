import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, base64url: unguessable, and safe in a URL without escaping. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this hash is stored, so a leaked table cannot confirm or cancel anyone's subscription. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
