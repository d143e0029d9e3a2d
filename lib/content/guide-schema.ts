import { z } from "zod";
import { CATEGORIES, DEVICES, DIFFICULTIES, GUIDE_SLUG_PATTERN, OPT_OUT_STATUSES, REGIONS, type Device } from "@/lib/content/content-constants";

const httpsUrl = z
  .url({ protocol: /^https$/, error: "must be an absolute https:// URL" })
  .refine((value) => !/\s/.test(value), "must not contain spaces");

/** A calendar date written as YYYY-MM-DD; YAML may hand it over as a Date, so accept both. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: "must be a date written as YYYY-MM-DD" }),
);

export const sourceSchema = z.strictObject({
  title: z.string().min(3),
  url: httpsUrl,
  publisher: z.string().min(2),
  /** The platform's own documentation, shown first and marked as official. */
  official: z.boolean().default(false),
});

export const guideFrontmatterSchema = z.strictObject({
  title: z.string().min(10).max(120),
  platform: z.string().regex(GUIDE_SLUG_PATTERN, "must be a platform slug in kebab-case"),
  summary: z.string().min(20).max(240),
  category: z.enum(CATEGORIES),
  minutes: z.number().int().min(1).max(120),
  difficulty: z.enum(DIFFICULTIES),
  devices: z.array(z.enum(DEVICES)).min(1),
  regions: z.array(z.enum(REGIONS)).min(1),
  /** What the setting is set to for someone who never touched it. */
  defaultState: z.string().min(2).max(200).optional(),
  lastVerified: isoDate,
  sources: z.array(sourceSchema).min(1),
  /**
   * For a guide with no <DeepLink>: the platform's page nearest to the setting (its settings or
   * privacy page), shown with a plain "there is no direct link" note. Only an address read on the
   * platform's own pages.
   */
  nearestLink: z.strictObject({ url: httpsUrl, label: z.string().min(3).max(80) }).optional(),
  /** "none" and "removed" guides say so at the top: the steps are the alternatives that remain. */
  optOut: z.enum(OPT_OUT_STATUSES).default("available"),
  /** The day the platform removed the opt-out; required exactly when optOut is "removed". */
  optOutRemovedOn: isoDate.optional(),
}).refine((guide) => (guide.optOut === "removed") === (guide.optOutRemovedOn !== undefined), {
  path: ["optOutRemovedOn"],
  error: 'optOutRemovedOn is required when optOut is "removed", and only then',
});

export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;
export type GuideSource = z.infer<typeof sourceSchema>;

export const platformSchema = z.strictObject({
  name: z.string().min(1),
  /** Absent for the cross-platform "all platforms" entry. */
  homepage: httpsUrl.optional(),
});
export const platformRegistrySchema = z.record(z.string().regex(GUIDE_SLUG_PATTERN), platformSchema);
export type Platform = z.infer<typeof platformSchema> & { slug: string };

export type GuideStep = {
  id: string;
  title: string;
};

/** Everything a list, card or checklist needs to know about a guide, without its compiled body. */
export type GuideSummary = GuideFrontmatter & {
  slug: string;
  platformName: string;
  steps: GuideStep[];
  /** Devices the body has specific instructions for, in order of first appearance. */
  deviceVariants: Device[];
};

export type CompiledGuide = GuideSummary & {
  /** The guide's first direct link to the setting, shown above the steps. */
  shortcut?: { href: string; label: string };
  /** The guide body compiled by mdx-bundler, run with getMDXComponent. */
  code: string;
};
