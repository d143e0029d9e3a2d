import type { ProgressState } from "@/lib/progress/progress-schema";
import { sanitizeProgressState } from "@/lib/progress/progress-guards";

/** The reads progress sync makes of the server: who is signed in, and the account's progress. */

/** Auth.js's session endpoint answers `null` or `{ user: { id, email } }`; anything else is "unreachable". */
function sessionUser(body: unknown): { id: string; email: string } | null | undefined {
  if (body === null) return null;
  const user = typeof body === "object" && body !== null && "user" in body ? (body as { user: unknown }).user : undefined;
  if (typeof user !== "object" || user === null) return Object.keys(body ?? {}).length === 0 ? null : undefined;
  const { id, email } = user as { id?: unknown; email?: unknown };
  return typeof id === "string" && id !== "" && typeof email === "string" ? { id, email } : undefined;
}

export function errorDetails(body: unknown): string[] | undefined {
  const details = (body as { error?: { details?: unknown } } | null)?.error?.details;
  return Array.isArray(details) ? details.filter((detail): detail is string => typeof detail === "string") : undefined;
}

/** Asks the server who is signed in; "unreachable" when it cannot answer (offline, server or database down). */
export async function detectUser(): Promise<{ id: string; email: string } | null | "unreachable"> {
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return "unreachable";
    const user = sessionUser(await response.json());
    return user === undefined ? "unreachable" : user;
  } catch {
    return "unreachable";
  }
}

/** The account's progress, or undefined when it cannot be read (signed out, offline, server down). */
export async function readAccountProgress(): Promise<ProgressState | undefined> {
  try {
    const response = await fetch("/api/progress", { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return undefined;
    return sanitizeProgressState(((await response.json()) as { progress?: unknown }).progress);
  } catch {
    return undefined;
  }
}
