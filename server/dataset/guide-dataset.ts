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
import { latestVerifications } from "@/server/review/recorded-verifications";
import { guideWatchSentence } from "@/server/sources/guide-watch-status";
import { effectiveLastVerified } from "@/lib/review/verification";

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

type LiveState = { verifiedAt: Date | undefined; watch: string | undefined };

/** Recorded verifications and watch sentences; both degrade to "unknown" when the database cannot be read. */
async function liveStates(guides: readonly GuideSummary[]): Promise<Map<string, LiveState>> {
  const verified = await latestVerifications(guides.map((guide) => guide.slug));
  const states = new Map<string, LiveState>();
  for (const guide of guides) states.set(guide.slug, { verifiedAt: verified.get(guide.slug), watch: await guideWatchSentence(guide) });
  return states;
}

function summarize(guide: GuideSummary, live: LiveState | undefined): DatasetGuideSummary {
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
    lastVerified: effectiveLastVerified(guide.lastVerified, live?.verifiedAt),
    latestVerification: live?.verifiedAt?.toISOString() ?? null,
    watchStatus: live?.watch ?? null,
    stepCount: guide.steps.length,
  };
}

export async function guideList(): Promise<GuideListResponse> {
  const guides = await listGuides();
  const live = await liveStates(guides);
  return { schemaVersion: DATASET_SCHEMA_VERSION, license: { ...DATASET_LICENSE }, generatedAt: new Date().toISOString(), guides: guides.map((guide) => summarize(guide, live.get(guide.slug))) };
}

export async function guideDataset(slug: string): Promise<GuideResponse | undefined> {
  const guide = (await listGuides()).find((candidate) => candidate.slug === slug);
  if (!guide) return undefined;
  // Only the steps the compiled guide has, in its order: the checklist is the source of truth.
  const bySlug = new Map((await guideStepDetails(slug)).map((step) => [step.id, step]));
  const full: DatasetGuide = {
    ...summarize(guide, (await liveStates([guide])).get(guide.slug)),
    sources: guide.sources.map(({ title, url, publisher, official }) => ({ title, url, publisher, official })),
    steps: guide.steps.map((step) => bySlug.get(step.id) ?? { id: step.id, title: step.title, instructions: [], expectedEndState: [] }),
  };
  return { schemaVersion: DATASET_SCHEMA_VERSION, license: { ...DATASET_LICENSE }, generatedAt: new Date().toISOString(), guide: full };
}
