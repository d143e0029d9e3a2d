import "server-only";
import { db } from "@/server/db/client";

/**
 * Deletes sign-in tokens whose link has expired. Auth.js deletes a token when its link is used,
 * never one that was not, so without this every address ever typed into the form would stay.
 * Runs on each sign-in request and from the worker's hourly purge.
 */
export async function purgeExpiredSignInTokens(now: Date = new Date()): Promise<number> {
  const { count } = await db.verificationToken.deleteMany({ where: { expires: { lt: now } } });
  return count;
}
