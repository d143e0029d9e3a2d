import "server-only";
import { cookies } from "next/headers";
import type { ProgressMark } from "@/lib/progress/progress-api";
import type { ProgressState } from "@/lib/progress/progress-schema";
import { currentUser, type CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { getProgress, saveStepMarks } from "@/server/progress/progress-store";
import { assertMarksAreKnown } from "@/server/progress/validate-marks";

/** Auth.js's session cookie over http and over https. */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Auth.js answers "no session" when its session lookup fails, so with Postgres down (or a pooled
 * connection cut by a restart) a signed-in person would get 401 and their browser would stop
 * sending. So a 401 is given only when the database itself confirms there is no valid session;
 * if the lookup throws, the route answers 503 and the browser retries.
 */
async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (user) return user;
  const cookieStore = await cookies();
  const token = SESSION_COOKIES.map((name) => cookieStore.get(name)?.value).find(Boolean);
  const session = token ? await db.session.findUnique({ where: { sessionToken: token }, select: { expires: true } }) : null;
  if (session && session.expires > new Date()) {
    throw new AppError("unavailable", "Saving is unavailable for a moment. Your ticks are kept in this browser and will be sent again.", { retryAfterSeconds: 5 });
  }
  throw new AppError("unauthenticated", "Sign in to save progress to your account.");
}

/** Authorization lives here: the user id always comes from the session, never from the request. */
export async function loadMyProgress(): Promise<ProgressState> {
  const user = await requireUser();
  return getProgress(user.id);
}

/**
 * The signed-in person's saved progress, for a page rendered on the server; undefined when signed
 * out, and when the database cannot answer: the page then renders from the browser's copy as it
 * does for anonymous people, rather than failing.
 */
export async function myProgressForPage(): Promise<ProgressState | undefined> {
  try {
    const user = await currentUser();
    return user ? await getProgress(user.id) : undefined;
  } catch (error) {
    // The error's name only, as elsewhere: messages can carry query details.
    console.error("progress for page: the account's copy could not be read; rendering from the browser's", error instanceof Error ? error.name : typeof error);
    return undefined;
  }
}

/** Validates and saves a batch; the browser fetches the merged state separately when it needs it. */
export async function saveMyProgress(marks: readonly ProgressMark[]): Promise<{ saved: number }> {
  const user = await requireUser();
  await assertMarksAreKnown(marks);
  await saveStepMarks(user.id, marks);
  return { saved: marks.length };
}
