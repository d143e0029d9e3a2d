import { z } from "zod";
import { GUIDE_SLUG_PATTERN, PLACES } from "@/lib/content/content-constants";
import { MAX_PLAN_PLATFORMS } from "@/lib/plan/plan-selection";

/** The body of PUT /api/plan. Server side only: an object schema is fine there, unlike in the browser (CSP). */
export const planSelectionSchema = z.strictObject({
  platforms: z.array(z.string().max(120).regex(GUIDE_SLUG_PATTERN, "must be a platform slug")).max(MAX_PLAN_PLATFORMS),
  region: z.enum(PLACES).nullable(),
});
