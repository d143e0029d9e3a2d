import { z } from "zod";
import { GUIDE_SLUG_PATTERN } from "@/lib/content/content-constants";

/** `/guides/[slug]` params: anything that is not a well-formed slug is simply not found. */
export const guideRouteParamsSchema = z.object({ slug: z.string().max(120).regex(GUIDE_SLUG_PATTERN) });
