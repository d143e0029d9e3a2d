import { z } from "zod";
import { GUIDE_SLUG_PATTERN, REGIONS, STEP_ID_PATTERN } from "@/lib/content/content-constants";
import { CHANGE_KINDS, CHANGE_SEVERITIES } from "@/lib/content/change-constants";
import { sourceSchema } from "@/lib/content/guide-schema";

const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: "must be a date written as YYYY-MM-DD" }),
);

const stepIdList = z
  .array(z.string().regex(STEP_ID_PATTERN, "must be a kebab-case step id"))
  .min(1)
  .refine((ids) => new Set(ids).size === ids.length, "lists a step id twice");

/**
 * Frontmatter of `content/changes/<yyyy-mm-dd>-<slug>.mdx`: a dated, sourced change to a
 * platform's setting (or a correction of a guide), naming the guide steps it touches. Rules that
 * need other files (the guide and its steps, the file name, the published step registry) live in
 * server/content/compile-change.ts.
 */
export const changeFrontmatterSchema = z.strictObject({
  title: z.string().min(10).max(140),
  /** The day the change took effect or was made public, not the day we wrote it down. */
  date: isoDate,
  /**
   * The day OffSwitch published the entry, when that is later than `date` (history written down
   * afterwards). Alerts and the "new" feed order go by it; needs-attention goes by `date`
   * (docs/decisions/0011-change-kinds-and-dates.md). Absent: published on `date`.
   */
  published: isoDate.optional(),
  /**
   * The regions the change applies in (region codes of content-constants.ts); absent means
   * everywhere, so "worldwide" is not listed.
   */
  regions: z
    .array(z.enum(REGIONS).refine((region) => region !== "worldwide", 'leave "regions" out for a change that applies everywhere'))
    .min(1)
    .refine((regions) => new Set(regions).size === regions.length, "lists a region twice")
    .optional(),
  guide: z.string().regex(GUIDE_SLUG_PATTERN, "must be a guide slug"),
  /** The step ids it touches, or "all". */
  steps: z.union([z.literal("all"), stepIdList], { error: 'must be "all" or a list of step ids' }),
  kind: z.enum(CHANGE_KINDS),
  severity: z.enum(CHANGE_SEVERITIES),
  /** One-line summary shown next to each touched step: "Changed on <date>: <summary>". */
  summary: z.string().min(10).max(200),
  /**
   * Published step ids this entry removes from the guide for good. A step id that was ever
   * published may only disappear from its guide when an entry retires it; ids are never reused.
   */
  retires: stepIdList.optional(),
  /** Official (the platform's own) sources first; at least one unless kind is guide-corrected. */
  sources: z.array(sourceSchema).default([]),
});

export type ChangeFrontmatter = z.infer<typeof changeFrontmatterSchema>;

/** A change entry as pages, feeds, sync and the needs-attention logic see it. */
export type ChangeEntry = ChangeFrontmatter & {
  /** The file slug, e.g. "2024-09-18-linkedin-ai-training-opt-in"; its permanent identity. */
  id: string;
  /** The platform of its guide, so feeds and filters need not load the guide. */
  platform: string;
};

export type CompiledChange = ChangeEntry & {
  /** The body compiled by mdx-bundler, run with getMDXComponent (only <Callout> may appear). */
  code: string;
  /** The body as plain HTML for feeds (server/content/change-html.ts); links as written. */
  html: string;
};
