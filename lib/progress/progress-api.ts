import { z } from "zod";
import { GUIDE_SLUG_PATTERN, STEP_ID_PATTERN } from "@/lib/content/content-constants";
import { progressStateSchema } from "@/lib/progress/progress-schema";
import { MAX_MARKS_PER_REQUEST } from "@/lib/progress/mark-bounds";


/** One tick or untick, as the browser's outbox sends it. */
export const progressMarkSchema = z.strictObject({
  guide: z.string().max(120).regex(GUIDE_SLUG_PATTERN, "must be a guide slug"),
  step: z.string().max(80).regex(STEP_ID_PATTERN, "must be a step id"),
  done: z.boolean(),
  at: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }),
});

export const saveProgressRequestSchema = z.strictObject({
  marks: z.array(progressMarkSchema).min(1, "send at least one mark").max(MAX_MARKS_PER_REQUEST, `send at most ${MAX_MARKS_PER_REQUEST} marks per request`),
});

export const progressResponseSchema = z.object({ progress: progressStateSchema });

export type ProgressMark = z.infer<typeof progressMarkSchema>;
export type SaveProgressRequest = z.infer<typeof saveProgressRequestSchema>;
export type ProgressResponse = z.infer<typeof progressResponseSchema>;
