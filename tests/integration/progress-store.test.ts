import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/server/db/client";
import { getProgress, saveStepMarks } from "@/server/progress/progress-store";

afterAll(() => db.$disconnect());

const newUser = () => db.user.create({ data: { email: `${randomUUID()}@example.test` } });
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 12, minute)).toISOString();

describe("saveStepMarks and getProgress (real Postgres)", () => {
  test("stores one row per (user, guide, step) and reads it back in the browser's shape", async () => {
    const user = await newUser();
    await saveStepMarks(user.id, [
      { guide: "linkedin-ai-training", step: "sign-in", done: true, at: at(1) },
      { guide: "linkedin-ai-training", step: "open-settings", done: true, at: at(2) },
      { guide: "review-privacy-settings", step: "set-a-reminder", done: false, at: at(3) },
    ]);
    expect(await getProgress(user.id)).toEqual({
      "linkedin-ai-training": { "sign-in": { done: true, at: at(1) }, "open-settings": { done: true, at: at(2) } },
      "review-privacy-settings": { "set-a-reminder": { done: false, at: at(3) } },
    });
    expect(await db.stepProgress.count({ where: { userId: user.id } })).toBe(3);
  });

  test("the later tick wins, whatever order the marks arrive in", async () => {
    const user = await newUser();
    await saveStepMarks(user.id, [{ guide: "g", step: "s", done: false, at: at(10) }]);
    await saveStepMarks(user.id, [{ guide: "g", step: "s", done: true, at: at(5) }]);
    expect((await getProgress(user.id)).g?.s).toEqual({ done: false, at: at(10) });
    await saveStepMarks(user.id, [{ guide: "g", step: "s", done: true, at: at(11) }]);
    expect((await getProgress(user.id)).g?.s).toEqual({ done: true, at: at(11) });
  });

  test("replaying the same batch changes nothing (idempotent outbox replays)", async () => {
    const user = await newUser();
    const batch = [{ guide: "g", step: "s", done: true, at: at(1) }];
    await saveStepMarks(user.id, batch);
    const first = await db.stepProgress.findUniqueOrThrow({ where: { userId_guideSlug_stepId: { userId: user.id, guideSlug: "g", stepId: "s" } } });
    await saveStepMarks(user.id, batch);
    const second = await db.stepProgress.findUniqueOrThrow({ where: { userId_guideSlug_stepId: { userId: user.id, guideSlug: "g", stepId: "s" } } });
    expect(second.updatedAt).toEqual(first.updatedAt);
  });

  test("a batch naming one step twice keeps the later mark", async () => {
    const user = await newUser();
    await saveStepMarks(user.id, [
      { guide: "g", step: "s", done: true, at: at(2) },
      { guide: "g", step: "s", done: false, at: at(1) },
    ]);
    expect((await getProgress(user.id)).g?.s).toEqual({ done: true, at: at(2) });
  });

  test("doneAt remembers the last tick when a step is unticked", async () => {
    const user = await newUser();
    await saveStepMarks(user.id, [{ guide: "g", step: "s", done: true, at: at(1) }]);
    await saveStepMarks(user.id, [{ guide: "g", step: "s", done: false, at: at(2) }]);
    const row = await db.stepProgress.findUniqueOrThrow({ where: { userId_guideSlug_stepId: { userId: user.id, guideSlug: "g", stepId: "s" } } });
    expect(row.doneAt?.toISOString()).toBe(at(1));
    expect(row.done).toBe(false);
  });

  test("concurrent saves from two devices converge on the latest mark per step", async () => {
    const user = await newUser();
    const marks = Array.from({ length: 40 }, (_, index) => ({ guide: "g", step: `s${index % 4}`, done: index % 2 === 0, at: at(index) }));
    await Promise.all(marks.map((mark) => saveStepMarks(user.id, [mark])));
    const progress = await getProgress(user.id);
    for (let step = 0; step < 4; step += 1) {
      const latest = marks.filter((mark) => mark.step === `s${step}`).at(-1);
      expect(progress.g?.[`s${step}`]).toEqual({ done: latest?.done, at: latest?.at });
    }
  });

  test("one person's marks never touch another's rows", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await saveStepMarks(alice.id, [{ guide: "g", step: "s", done: true, at: at(1) }]);
    await saveStepMarks(bob.id, [{ guide: "g", step: "s", done: false, at: at(9) }]);
    expect((await getProgress(alice.id)).g?.s).toEqual({ done: true, at: at(1) });
    expect((await getProgress(bob.id)).g?.s).toEqual({ done: false, at: at(9) });
  });
});
