import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/server/db/client";
import { deleteUserAndData, exportUserData } from "@/server/account/account-store";
import { getPlan, savePlan } from "@/server/plan/plan-store";

afterAll(() => db.$disconnect());

const newUser = () => db.user.create({ data: { email: `${randomUUID()}@example.test` } });

describe("privacy plans (real Postgres)", () => {
  test("a person has no plan until they save one, then exactly the last one saved", async () => {
    const user = await newUser();
    expect(await getPlan(user.id)).toBeNull();
    await savePlan(user.id, { platforms: ["linkedin", "openai"], region: "eea" });
    const saved = await savePlan(user.id, { platforms: ["meta"], region: null });
    expect(saved).toMatchObject({ platforms: ["meta"], region: null });
    expect(await getPlan(user.id)).toMatchObject({ platforms: ["meta"], region: null });
    expect(await db.privacyPlan.count({ where: { userId: user.id } })).toBe(1);
  });

  test("one person's plan never shows up for another", async () => {
    const [alice, bob] = await Promise.all([newUser(), newUser()]);
    await savePlan(alice.id, { platforms: ["linkedin"], region: "uk" });
    expect(await getPlan(bob.id)).toBeNull();
  });

  test("the account export includes the plan and deleting the account deletes it", async () => {
    const user = await newUser();
    await savePlan(user.id, { platforms: ["linkedin"], region: "us" });
    expect((await exportUserData(user.id)).privacyPlan).toMatchObject({ platforms: ["linkedin"], region: "us" });
    await deleteUserAndData(user.id);
    expect(await db.privacyPlan.count({ where: { userId: user.id } })).toBe(0);
  });
});
