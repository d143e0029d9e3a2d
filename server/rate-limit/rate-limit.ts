import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";

export type RateLimitRule = { name: string; limit: number; windowSeconds: number };

/**
 * Fixed-window counter in Postgres, so every app instance shares it. Keys are hashed: the table
 * never holds an email address or IP in the clear.
 */
export async function consumeRateLimit(rule: RateLimitRule, subject: string): Promise<void> {
  const key = `${rule.name}:${createHash("sha256").update(subject.toLowerCase()).digest("base64url")}`;
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitHit" ("key", "windowStart", "count") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitHit"."windowStart" <= now() - make_interval(secs => ${rule.windowSeconds}) THEN 1 ELSE "RateLimitHit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitHit"."windowStart" <= now() - make_interval(secs => ${rule.windowSeconds}) THEN now() ELSE "RateLimitHit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (row && row.count > rule.limit) {
    const retryAfter = Math.max(1, Math.ceil((row.windowStart.getTime() + rule.windowSeconds * 1000 - Date.now()) / 1000));
    throw new AppError("rate-limited", "Too many attempts. Please wait a little and try again.", { retryAfterSeconds: retryAfter });
  }
}

/** Drops counters whose window ended long ago; run from the start command and the worker. */
export async function pruneRateLimits(olderThanSeconds = 24 * 60 * 60): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimitHit" WHERE "windowStart" < now() - make_interval(secs => ${olderThanSeconds})`;
}

/**
 * Drops one rule's counters whose window has ended, for rules whose subject must not be kept a
 * moment longer than the limit needs it (reader reports are anonymous: their per-client counter
 * goes as soon as its window is over, not a day later).
 */
export async function pruneEndedWindows(rule: RateLimitRule): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimitHit" WHERE starts_with("key", ${`${rule.name}:`}) AND "windowStart" <= now() - make_interval(secs => ${rule.windowSeconds})`;
}
