import "server-only";
import type { ProgressMark } from "@/lib/progress/progress-api";
import type { ProgressState } from "@/lib/progress/progress-schema";
import { requireUser } from "@/server/auth/current-user";
import { getProgress, saveStepMarks } from "@/server/progress/progress-store";
import { assertMarksAreKnown } from "@/server/progress/validate-marks";

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
