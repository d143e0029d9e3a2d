import { z } from "zod";
import { CATEGORIES, DEVICES, DIFFICULTIES, REGIONS } from "@/lib/content/content-constants";

/**
 * The public dataset (/api/guides, /api/guides/<slug>). Versioning policy: adding a field is not
 * a breaking change and keeps DATASET_SCHEMA_VERSION; renaming, removing or changing the meaning
 * of a field raises it, and the README documents each version.
 */
export const DATASET_SCHEMA_VERSION = 1;

export const DATASET_LICENSE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "OffSwitch contributors",
} as const;

const isoDate = z.iso.date();
const absoluteUrl = z.url({ protocol: /^https?$/ });

const licenseSchema = z.strictObject({ name: z.literal(DATASET_LICENSE.name), url: z.literal(DATASET_LICENSE.url), attribution: z.string().min(1) });

const datasetSourceSchema = z.strictObject({ title: z.string(), url: absoluteUrl, publisher: z.string(), official: z.boolean() });

export const datasetInstructionsSchema = z.strictObject({
  /** null: the same for every device. */
  device: z.enum(DEVICES).nullable(),
  menuPath: z.array(z.string()).nullable(),
  deepLinks: z.array(z.strictObject({ url: absoluteUrl, label: z.string() })),
});

export const datasetStepSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  instructions: z.array(datasetInstructionsSchema),
  expectedEndState: z.array(z.string()),
});

export const datasetGuideSummarySchema = z.strictObject({
  slug: z.string().min(1),
  url: z.string().startsWith("/guides/"),
  dataUrl: z.string().startsWith("/api/guides/"),
  title: z.string(),
  summary: z.string(),
  platform: z.strictObject({ slug: z.string(), name: z.string() }),
  category: z.enum(CATEGORIES),
  minutes: z.number().int().positive(),
  difficulty: z.enum(DIFFICULTIES),
  devices: z.array(z.enum(DEVICES)),
  regions: z.array(z.enum(REGIONS)),
  /** The setting's value for someone who never touched it; null when the guide does not say. */
  default: z.string().nullable(),
  /** The front matter's lastVerified, or the day of a later verification an editor recorded at /review. */
  lastVerified: isoDate,
  /** When an editor last recorded a verification at /review (ISO time), or null. */
  latestVerification: z.iso.datetime().nullable(),
  /** What the source watcher says about the guide's official pages, as of the response's generatedAt; null when it has nothing to say or could not be read. */
  watchStatus: z.string().nullable(),
  stepCount: z.number().int().nonnegative(),
});

export const datasetGuideSchema = datasetGuideSummarySchema.extend({
  sources: z.array(datasetSourceSchema),
  steps: z.array(datasetStepSchema),
});

export const guideListResponseSchema = z.strictObject({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  license: licenseSchema,
  /** When this response was generated (it is regenerated at most once a minute). */
  generatedAt: z.iso.datetime(),
  guides: z.array(datasetGuideSummarySchema),
});

export const guideResponseSchema = z.strictObject({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  license: licenseSchema,
  generatedAt: z.iso.datetime(),
  guide: datasetGuideSchema,
});

export type DatasetGuideSummary = z.infer<typeof datasetGuideSummarySchema>;
export type DatasetGuide = z.infer<typeof datasetGuideSchema>;
export type GuideListResponse = z.infer<typeof guideListResponseSchema>;
export type GuideResponse = z.infer<typeof guideResponseSchema>;
