import "server-only";
import { z } from "zod";
import { db } from "@/server/db/client";

const changeIdSchema = z.string().min(1).max(200);

/**
 * Writes one in-app notification per signed-in person the change concerns: someone with a
 * confirmed subscription that matches it (any cadence), or someone who ticked a current step it
 * touches before the day it took effect, for an action-needed change (the needs-attention rule of
 * lib/progress/needs-attention.ts, in SQL so 100,000 people are one statement). ON CONFLICT DO
 * NOTHING on (userId, changeId) makes a second run or a retry after a crash add only what is missing.
 */
export async function notifyUsersOfChange(changeId: string): Promise<number> {
  const id = changeIdSchema.parse(changeId);
  return db.$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "changeId")
    SELECT gen_random_uuid()::text, concerned."userId", c."id"
    FROM "Change" c
    JOIN "Guide" g ON g."slug" = c."guideSlug"
    CROSS JOIN LATERAL (
      SELECT s."userId" FROM "Subscription" s
      WHERE s."userId" IS NOT NULL AND s."confirmedAt" IS NOT NULL
        AND (s."scope" = 'all' OR (s."scope" = 'platform' AND s."scopeSlug" = g."platform") OR (s."scope" = 'guide' AND s."scopeSlug" = c."guideSlug"))
      UNION
      SELECT p."userId" FROM "StepProgress" p
      JOIN "GuideStep" gs ON gs."guideSlug" = p."guideSlug" AND gs."stepId" = p."stepId" AND gs."retiredAt" IS NULL
      WHERE c."severity" = 'action-needed' AND p."guideSlug" = c."guideSlug" AND p."done"
        AND p."markedAt" < (c."date"::timestamp AT TIME ZONE 'UTC')
        AND (c."touchesAllSteps" OR p."stepId" = ANY (c."stepIds"))
    ) AS concerned
    WHERE c."id" = ${id}
    ON CONFLICT ("userId", "changeId") DO NOTHING`;
}
