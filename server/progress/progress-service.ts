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
 * Auth.js answers "no session" when its session lookup fails, so with Postgres down a signed-in
 * person would get 401 and their browser would stop sending. When a session cookie came with the
 * request, make sure the database is there before saying "sign in": if it is not, the query
 * throws and the route answers 503 (retry later).
 */
async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (user) return user;
  const cookieNames = (await cookies()).getAll().map((cookie) => cookie.name);
  if (cookieNames.some((name) => SESSION_COOKIES.includes(name))) await db.$queryRaw`SELECT 1`;
  throw new AppError("unauthenticated", "Sign in to save progress to your account.");
}

/** Authorization lives here: the user id always comes from the session, never from the request. */
export async function loadMyProgress(): Promise<ProgressState> {
  const user = await requireUser();
  return getProgress(user.id);
}

/** Validates and saves a batch; the browser fetches the merged state separately when it needs it. */
export async function saveMyProgress(marks: readonly ProgressMark[]): Promise<{ saved: number }> {
  const user = await requireUser();
  await assertMarksAreKnown(marks);
  await saveStepMarks(user.id, marks);
  return { saved: marks.length };
}
