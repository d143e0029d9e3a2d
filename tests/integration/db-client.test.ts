import { afterAll, describe, expect, inject, test, vi } from "vitest";
import { db, poolConfigFromUrl } from "@/server/db/client";

afterAll(() => db.$disconnect());

describe("poolConfigFromUrl", () => {
  test("defaults to a pool of 10 and takes connection_limit from the URL", () => {
    expect(poolConfigFromUrl("postgresql://app@localhost/offswitch")).toEqual({ connectionString: "postgresql://app@localhost/offswitch", max: 10 });
    expect(poolConfigFromUrl("postgresql://app@localhost/offswitch?connection_limit=3&sslmode=disable")).toEqual({
      connectionString: "postgresql://app@localhost/offswitch?sslmode=disable",
      max: 3,
    });
  });

  test("rejects a pool size that is not a sensible whole number", () => {
    expect(() => poolConfigFromUrl("postgresql://app@localhost/offswitch?connection_limit=lots")).toThrow(/connection_limit/);
    expect(() => poolConfigFromUrl("postgresql://app@localhost/offswitch?connection_limit=0")).toThrow(/at least 1/);
  });
});

describe("db", () => {
  test("talks to the run's test database", async () => {
    const [row] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    expect(row?.name).toBe(new URL(inject("databaseUrl")).pathname.slice(1));
  });

  test("reads and writes through the generated client", async () => {
    const windowStart = new Date("2026-01-01T00:00:00Z");
    await db.rateLimitHit.upsert({ where: { key: "db-client-test" }, create: { key: "db-client-test", windowStart, count: 1 }, update: { count: { increment: 1 } } });
    await expect(db.rateLimitHit.findUnique({ where: { key: "db-client-test" } })).resolves.toMatchObject({ count: 1, windowStart });
    await db.rateLimitHit.delete({ where: { key: "db-client-test" } });
  });

  test("keeps one client per process across module reloads (Next dev hot reload)", async () => {
    await db.$queryRaw`SELECT 1`;
    const before = (globalThis as { offswitchDb?: unknown }).offswitchDb;
    expect(before).toBeDefined();
    vi.resetModules();
    const reloaded = await import("@/server/db/client");
    await reloaded.db.$queryRaw`SELECT 1`;
    expect((globalThis as { offswitchDb?: unknown }).offswitchDb).toBe(before);
  });
});
