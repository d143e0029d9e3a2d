import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { ChangeNotice } from "@/lib/progress/needs-attention";
import { contentRoot } from "@/server/content/content-paths";
import { listGuides } from "@/server/content/guides";
import { listChanges } from "@/server/content/changes";

const publishedStepsSchema = z.record(z.string(), z.record(z.string(), z.iso.date()));

/** The index the browser needs to compute "needs attention": every guide's steps with publish dates, and every change. */
export type ContentIndex = {
  guides: { slug: string; title: string; platformName: string; steps: { id: string; title: string; publishedOn: string }[] }[];
  changes: ChangeNotice[];
};

let index: Promise<ContentIndex> | undefined;

async function readPublishedSteps(): Promise<z.infer<typeof publishedStepsSchema>> {
  const file = path.join(contentRoot(), "published-steps.json");
  return publishedStepsSchema.parse(JSON.parse(await readFile(file, "utf8")));
}

export function contentIndex(): Promise<ContentIndex> {
  index ??= (async () => {
    const [guides, changes, published] = await Promise.all([listGuides(), listChanges(), readPublishedSteps()]);
    return {
      guides: guides.map((guide) => ({
        slug: guide.slug,
        title: guide.title,
        platformName: guide.platformName,
        // content:check guarantees every step is registered; the guide's own date is a safe fallback.
        steps: guide.steps.map((step) => ({ id: step.id, title: step.title, publishedOn: published[guide.slug]?.[step.id] ?? guide.lastVerified })),
      })),
      changes: changes.map(({ id, date, guide, steps, severity, title, summary }) => ({ id, date, guide, steps, severity, title, summary })),
    };
  })();
  return index;
}

export async function guideAttentionInput(slug: string) {
  const { guides, changes } = await contentIndex();
  const guide = guides.find((candidate) => candidate.slug === slug);
  return { steps: guide?.steps ?? [], changes: changes.filter((change) => change.guide === slug) };
}
