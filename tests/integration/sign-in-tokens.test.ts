import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { purgeExpiredSignInTokens } from "@/server/auth/sign-in-tokens";
import { db } from "@/server/db/client";

afterAll(() => db.$disconnect());

describe("purgeExpiredSignInTokens (real Postgres)", () => {
  test("deletes tokens whose link expired, with the address typed, and keeps live ones", async () => {
    const expired = `expired-${randomUUID().slice(0, 8)}@example.test`;
    const live = `live-${randomUUID().slice(0, 8)}@example.test`;
    await db.verificationToken.create({ data: { identifier: expired, token: randomUUID(), expires: new Date(Date.now() - 60_000) } });
    await db.verificationToken.create({ data: { identifier: live, token: randomUUID(), expires: new Date(Date.now() + 10 * 60_000) } });

    expect(await purgeExpiredSignInTokens()).toBeGreaterThanOrEqual(1);

    expect(await db.verificationToken.count({ where: { identifier: expired } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: live } })).toBe(1);
    await db.verificationToken.deleteMany({ where: { identifier: live } });
  });
});
