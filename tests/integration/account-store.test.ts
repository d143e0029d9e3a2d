import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/server/db/client";
import { deleteUserAndData, endAllSessions, exportUserData, listSessions } from "@/server/account/account-store";
import { saveStepMarks } from "@/server/progress/progress-store";
import { guideWithChange } from "@/tests/integration/alert-fixtures";

afterAll(() => db.$disconnect());

async function userWithEverything() {
  const email = `${randomUUID()}@example.test`;
  const user = await db.user.create({ data: { email } });
  const tomorrow = new Date(Date.now() + 86_400_000);
  await db.session.createMany({ data: [1, 2].map(() => ({ sessionToken: randomUUID(), userId: user.id, expires: tomorrow })) });
  await db.account.create({ data: { userId: user.id, type: "oauth", provider: "github", providerAccountId: randomUUID() } });
  await db.verificationToken.create({ data: { identifier: email, token: randomUUID(), expires: tomorrow } });
  await saveStepMarks(user.id, [{ guide: "linkedin-ai-training", step: "sign-in", done: true, at: new Date().toISOString() }]);
  const { change } = await guideWithChange();
  const subscription = (userId: string | null) => ({ email, userId, scope: "all", cadence: "immediate", confirmedAt: new Date(), unsubscribeTokenHash: randomUUID() });
  // One made while signed in, one made anonymously with the same address before signing in.
  await db.subscription.createMany({ data: [subscription(user.id), subscription(null)] });
  await db.notification.create({ data: { userId: user.id, changeId: change.id } });
  await db.reminder.create({ data: { userId: user.id, intervalMonths: 6, nextDueAt: tomorrow } });
  return user;
}

/** Counts every row, in every table, that refers to the user by id or by email. */
async function rowsAbout(user: { id: string; email: string }): Promise<number> {
  const counts = await Promise.all([
    db.user.count({ where: { id: user.id } }),
    db.user.count({ where: { email: user.email } }),
    db.session.count({ where: { userId: user.id } }),
    db.account.count({ where: { userId: user.id } }),
    db.stepProgress.count({ where: { userId: user.id } }),
    db.verificationToken.count({ where: { identifier: user.email } }),
    db.subscription.count({ where: { OR: [{ userId: user.id }, { email: user.email }] } }),
    db.notification.count({ where: { userId: user.id } }),
    db.reminder.count({ where: { userId: user.id } }),
  ]);
  return counts.reduce((sum, count) => sum + count, 0);
}

describe("account data (real Postgres)", () => {
  test("the export holds everything stored about the person and nothing about others", async () => {
    const user = await userWithEverything();
    const other = await userWithEverything();
    const data = await exportUserData(user.id);
    expect(data.account.email).toBe(user.email);
    expect(data.sessions).toHaveLength(2);
    expect(data.signInMethods.map((method) => method.provider)).toEqual(["email", "github"]);
    expect(data.progress).toEqual([expect.objectContaining({ guideSlug: "linkedin-ai-training", stepId: "sign-in", done: true })]);
    expect(data.subscriptions).toHaveLength(2);
    expect(data.notifications).toHaveLength(1);
    expect(data.reminder).toEqual(expect.objectContaining({ intervalMonths: 6 }));
    expect(JSON.stringify(data)).not.toContain(other.email);
    expect(JSON.stringify(data)).not.toContain(other.id);
  });

  test("sessions are listed without their tokens and can all be ended", async () => {
    const user = await userWithEverything();
    const sessions = await listSessions(user.id, undefined);
    expect(sessions).toHaveLength(2);
    const tokens = (await db.session.findMany({ where: { userId: user.id } })).map((session) => session.sessionToken);
    for (const token of tokens) expect(JSON.stringify(sessions)).not.toContain(token);
    expect(await endAllSessions(user.id)).toBe(2);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  test("deleting an account leaves no row behind, and only that account goes", async () => {
    const user = await userWithEverything();
    const other = await userWithEverything();
    expect(await rowsAbout(user)).toBeGreaterThan(0);
    await deleteUserAndData(user.id);
    expect(await rowsAbout(user)).toBe(0);
    expect(await rowsAbout(other)).toBe(11);
  });
});
