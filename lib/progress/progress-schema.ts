import { z } from "zod";
import { GUIDE_SLUG_PATTERN, STEP_ID_PATTERN } from "@/lib/content/content-constants";

/**
 * One step's state: whether it is done and when that was decided. "Start over" records
 * `done: false` with its own time instead of deleting, so the later decision wins in a merge.
 */
export const stepMarkSchema = z.strictObject({
  done: z.boolean(),
  at: z.iso.datetime({ offset: true }),
});

export const guideProgressSchema = z.record(z.string().regex(STEP_ID_PATTERN).max(80), stepMarkSchema);

/** Browser-kept progress for every guide, keyed by guide slug then step id (never titles or positions). */
export const progressStateSchema = z.record(z.string().regex(GUIDE_SLUG_PATTERN).max(120), guideProgressSchema);

export type StepMark = z.infer<typeof stepMarkSchema>;
export type GuideProgress = z.infer<typeof guideProgressSchema>;
export type ProgressState = z.infer<typeof progressStateSchema>;
