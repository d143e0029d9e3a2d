import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { GuideSummary } from "@/lib/content/guide-schema";
import { stepDetails, type StepDetails } from "@/lib/dataset/step-details";
import {
  DATASET_LICENSE,
  DATASET_SCHEMA_VERSION,
  type DatasetGuide,
  type DatasetGuideSummary,
  type GuideListResponse,
  type GuideResponse,
} from "@/lib/dataset/guide-dataset-schema";
import { contentRoot } from "@/server/content/content-paths";
import { listGuides } from "@/server/content/guides";
import { parseMdxBody } from "@/server/content/parse-mdx-body";

const details = new Map<string, Promise<StepDetails[]>>();

/** Menu paths, deep links and end states per step, read from the guide's MDX once per process. */
export function guideStepDetails(slug: string): Promise<StepDetails[]> {
  let found = details.get(slug);
  if (!found) {
    found = readFile(path.join(contentRoot(), "guides", `${slug}.mdx`), "utf8").then((source) => stepDetails(parseMdxBody(source)));
    details.set(slug, found);
  }
  return found;
}

function summarize(guide: GuideSummary): DatasetGuideSummary {
  return {
    slug: guide.slug,
    url: `/guides/${guide.slug}`,
    dataUrl: `/api/guides/${guide.slug}`,
    title: guide.title,
    summary: guide.summary,
    platform: { slug: guide.platform, name: guide.platformName },
    category: guide.category,
    minutes: guide.minutes,
    difficulty: guide.difficulty,
    devices: guide.devices,
    regions: guide.regions,
    default: guide.defaultState ?? null,
    lastVerified: guide.lastVerified,
    stepCount: guide.steps.length,
  };
}

export async function guideList(): Promise<GuideListResponse> {
  const guides = await listGuides();
  return { schemaVersion: DATASET_SCHEMA_VERSION, license: { ...DATASET_LICENSE }, guides: guides.map(summarize) };
}

export async function guideDataset(slug: string): Promise<GuideResponse | undefined> {
  const guide = (await listGuides()).find((candidate) => candidate.slug === slug);
  if (!guide) return undefined;
  // Only the steps the compiled guide has, in its order: the checklist is the source of truth.
  const bySlug = new Map((await guideStepDetails(slug)).map((step) => [step.id, step]));
  const full: DatasetGuide = {
    ...summarize(guide),
    sources: guide.sources.map(({ title, url, publisher, official }) => ({ title, url, publisher, official })),
    steps: guide.steps.map((step) => bySlug.get(step.id) ?? { id: step.id, title: step.title, instructions: [], expectedEndState: [] }),
  };
  return { schemaVersion: DATASET_SCHEMA_VERSION, license: { ...DATASET_LICENSE }, guide: full };
}

export async function datasetSlugs(): Promise<string[]> {
  return (await listGuides()).map((guide) => guide.slug);
}
