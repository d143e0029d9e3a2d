import { z } from "zod";
import { CATEGORIES, DEVICES, DIFFICULTIES, GUIDE_SLUG_PATTERN, OPT_OUT_STATUSES, REGIONS, STEP_ID_PATTERN, type Device } from "@/lib/content/content-constants";

const httpsUrl = z
  .url({ protocol: /^https$/, error: "must be an absolute https:// URL" })
  .refine((value) => !/\s/.test(value), "must not contain spaces");

/** A calendar date written as YYYY-MM-DD; YAML may hand it over as a Date, so accept both. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: "must be a date written as YYYY-MM-DD" }),
);

const cssSelector = z.string().trim().min(1).max(200).refine((value) => !/[{}]/.test(value), "must be a CSS selector, not a rule");

/**
 * How the source watcher (server/sources) reads an official page: where its main text is, what
 * to cut out, which language it is in, and whether it only renders with JavaScript.
 */
export const sourceWatchSchema = z.strictObject({
  /** CSS selector of the element holding the page's main text; without it a readability pass finds it. */
  selector: cssSelector.optional(),
  /** CSS selectors of elements to drop before reading the text (related articles, feedback widgets). */
  remove: z.array(cssSelector).max(20).default([]),
  /** The language the page is expected in (BCP 47, e.g. "en"); a capture in another language is a failed check. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "en-GB"').default("en"),
  /** Render the page in headless Chromium rather than reading the HTML as served. */
  needsJavaScript: z.boolean().default(false),
});

export const sourceSchema = z
  .strictObject({
    title: z.string().min(3),
    url: httpsUrl,
    publisher: z.string().min(2),
    /** The platform's own documentation, shown first and marked as official; official sources are watched. */
    official: z.boolean().default(false),
    /** Extraction hints for the watcher; only official sources are watched. */
    watch: sourceWatchSchema.optional(),
  })
  .refine((source) => source.watch === undefined || source.official, { path: ["watch"], error: "only official sources are watched: remove watch or mark the source official" });

/**
 * An exact phrase on an official page that a step relies on (a setting's label, a menu label, the
 * wording of the end state). The watcher flags exactly the steps whose anchors vanish from the page.
 */
export const anchorSchema = z.strictObject({
  step: z.string().regex(STEP_ID_PATTERN, "must be a kebab-case step id"),
  phrase: z.string().trim().min(3, "must be at least 3 characters of the page's own wording").max(200),
  /** The url of one of the guide's official sources, written exactly as in sources. */
  source: httpsUrl,
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
  /**
   * Required for a guide that does not apply worldwide: what a person living elsewhere can do, in
   * the guide's own words (from its text or questions). The plan and the guide library show it
   * rather than dropping the platform for people outside the guide's regions.
   */
  elsewhere: z.string().min(20).max(320).optional(),
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
  /** Exact official wording the steps rely on; see anchorSchema. Step ids are checked against the body. */
  anchors: z.array(anchorSchema).default([]),
})
  .refine((guide) => (guide.optOut === "removed") === (guide.optOutRemovedOn !== undefined), {
    path: ["optOutRemovedOn"],
    error: 'optOutRemovedOn is required when optOut is "removed", and only then',
  })
  .refine((guide) => guide.regions.includes("worldwide") || guide.elsewhere !== undefined, {
    path: ["elsewhere"],
    error: "a guide that does not apply worldwide must say what applies elsewhere (elsewhere: one or two sentences from the guide)",
  })
  .superRefine((guide, context) => {
    const official = new Set(guide.sources.filter((source) => source.official).map((source) => source.url));
    const seen = new Set<string>();
    guide.anchors.forEach((anchor, index) => {
      if (!official.has(anchor.source)) {
        context.addIssue({ code: "custom", path: ["anchors", index, "source"], message: "must be the url of one of this guide's official sources, written exactly as in sources" });
      }
      const key = `${anchor.step}\u0000${anchor.source}\u0000${anchor.phrase.toLowerCase()}`;
      if (seen.has(key)) context.addIssue({ code: "custom", path: ["anchors", index, "phrase"], message: `lists the phrase "${anchor.phrase}" twice for step ${anchor.step} and this source` });
      seen.add(key);
    });
  });

export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;
export type GuideSource = z.infer<typeof sourceSchema>;
export type SourceWatchHints = z.infer<typeof sourceWatchSchema>;
export type GuideAnchor = z.infer<typeof anchorSchema>;

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
