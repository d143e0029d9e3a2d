import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { consumeRateLimit, pruneRateLimits } from "@/server/rate-limit/rate-limit";

afterAll(() => db.$disconnect());

describe("consumeRateLimit (real Postgres)", () => {
  test("allows the limit, refuses the next with a retry time, and never stores the subject in the clear", async () => {
    const rule = { name: `test-${randomUUID()}`, limit: 3, windowSeconds: 60 };
    const subject = "Someone@Example.test";
    for (let i = 0; i < 3; i += 1) await consumeRateLimit(rule, subject);
    const refused = await consumeRateLimit(rule, subject).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("rate-limited");
    expect((refused as AppError).retryAfterSeconds).toBeGreaterThan(0);
    // Case does not matter, other subjects are counted apart.
    await expect(consumeRateLimit(rule, "someone@example.test")).rejects.toThrow(AppError);
    await expect(consumeRateLimit(rule, "other@example.test")).resolves.toBeUndefined();
    const keys = (await db.rateLimitHit.findMany({ where: { key: { startsWith: rule.name } } })).map((row) => row.key);
    expect(keys.join(" ")).not.toContain("example");
  });

  test("counts concurrent attempts exactly", async () => {
    const rule = { name: `test-${randomUUID()}`, limit: 10, windowSeconds: 60 };
    const outcomes = await Promise.allSettled(Array.from({ length: 25 }, () => consumeRateLimit(rule, "burst")));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(10);
  });

  test("a new window starts afresh, and old windows are pruned", async () => {
    const rule = { name: `test-${randomUUID()}`, limit: 1, windowSeconds: 1 };
    await consumeRateLimit(rule, "x");
    await db.rateLimitHit.updateMany({ where: { key: { startsWith: rule.name } }, data: { windowStart: new Date(Date.now() - 2 * 86_400_000) } });
    await expect(consumeRateLimit(rule, "x")).resolves.toBeUndefined();
    await db.rateLimitHit.updateMany({ where: { key: { startsWith: rule.name } }, data: { windowStart: new Date(Date.now() - 2 * 86_400_000) } });
    expect(await pruneRateLimits()).toBeGreaterThanOrEqual(1);
  });
});
