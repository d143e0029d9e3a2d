import { z } from "zod";
import { CHANGE_KINDS, CHANGE_SEVERITIES } from "@/lib/content/change-constants";
import { GUIDE_SLUG_PATTERN, REGIONS } from "@/lib/content/content-constants";

/** Route params of the change pages and feeds: anything malformed is simply not found. */
const slug = z.string().max(120).regex(GUIDE_SLUG_PATTERN);

/** `/changes/[id]`: an entry's file name without .mdx, "<yyyy-mm-dd>-<slug>". */
export const changeIdParamsSchema = z.object({ id: z.string().max(160).regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/) });
export const platformParamsSchema = z.object({ platform: slug });
export const guideParamsSchema = z.object({ guide: slug });
export const severityParamsSchema = z.object({ severity: z.enum(CHANGE_SEVERITIES) });
export const changeKindParamsSchema = z.object({ kind: z.enum(CHANGE_KINDS) });
export const regionParamsSchema = z.object({ region: z.enum(REGIONS).exclude(["worldwide"]) });
/** `/…/page/[page]`: page 2 and on (page 1 is the filter's own address). */
export const pageParamsSchema = z.object({ page: z.string().regex(/^[1-9]\d{0,3}$/).transform(Number).refine((page) => page >= 2) });
