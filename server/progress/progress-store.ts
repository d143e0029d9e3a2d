import "server-only";
import { markStep } from "@/lib/progress/progress";
import type { ProgressMark } from "@/lib/progress/progress-api";
import type { ProgressState } from "@/lib/progress/progress-schema";
import { db } from "@/server/db/client";

/**
 * Saves a batch of marks for one person. Per step the later decision wins: a replayed or
 * out-of-order mark (older `at`) changes nothing, so sending the same outbox twice is harmless.
 * One statement, so the batch is applied atomically.
 */
export async function saveStepMarks(userId: string, marks: readonly ProgressMark[]): Promise<void> {
  // Collapse the batch first: Postgres refuses to update one row twice in one INSERT … ON CONFLICT.
  let latest: ProgressState = {};
  for (const mark of marks) latest = markStep(latest, mark.guide, mark.step, { done: mark.done, at: mark.at });
  const rows = Object.entries(latest).flatMap(([guide, steps]) => Object.entries(steps).map(([step, mark]) => ({ guide, step, ...mark })));
  if (rows.length === 0) return;

  await db.$executeRaw`
    INSERT INTO "StepProgress" ("userId", "guideSlug", "stepId", "done", "markedAt", "doneAt", "updatedAt")
    SELECT ${userId}, t.guide, t.step, t.done, t.marked_at, CASE WHEN t.done THEN t.marked_at END, now()
    FROM unnest(
      ${rows.map((row) => row.guide)}::text[],
      ${rows.map((row) => row.step)}::text[],
      ${rows.map((row) => row.done)}::boolean[],
      ${rows.map((row) => new Date(row.at))}::timestamptz[]
    ) AS t(guide, step, done, marked_at)
    ON CONFLICT ("userId", "guideSlug", "stepId") DO UPDATE SET
      "done" = EXCLUDED."done",
      "markedAt" = EXCLUDED."markedAt",
      "doneAt" = CASE WHEN EXCLUDED."done" THEN EXCLUDED."markedAt" ELSE "StepProgress"."doneAt" END,
      "updatedAt" = now()
    WHERE "StepProgress"."markedAt" < EXCLUDED."markedAt"`;
}

/** Everything one person has ticked, in the same shape the browser keeps. */
export async function getProgress(userId: string): Promise<ProgressState> {
  const rows = await db.stepProgress.findMany({ where: { userId }, select: { guideSlug: true, stepId: true, done: true, markedAt: true } });
  const state: ProgressState = {};
  for (const row of rows) {
    state[row.guideSlug] ??= {};
    (state[row.guideSlug] as NonNullable<ProgressState[string]>)[row.stepId] = { done: row.done, at: row.markedAt.toISOString() };
  }
  return state;
}
