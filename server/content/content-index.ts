import "server-only";
import type { ChangeNotice } from "@/lib/progress/needs-attention";
import type { IndexedGuide } from "@/lib/progress/guide-overview";
import { loadContentLibrary } from "@/server/content/content-library";
import { listGuides } from "@/server/content/guides";
import { listChanges } from "@/server/content/changes";

/** The index the browser needs to compute "needs attention": every guide's steps with publish dates, and every change. */
export type ContentIndex = { guides: IndexedGuide[]; changes: ChangeNotice[] };

export async function contentIndex(): Promise<ContentIndex> {
  const [guides, changes, { publishedSteps }] = await Promise.all([listGuides(), listChanges(), loadContentLibrary()]);
  return {
    guides: guides.map((guide) => ({
      slug: guide.slug,
      title: guide.title,
      platformName: guide.platformName,
      // content:check guarantees every step is registered; the guide's own date is only a fallback.
      steps: guide.steps.map((step) => ({ id: step.id, title: step.title, publishedOn: publishedSteps[guide.slug]?.[step.id] ?? guide.lastVerified })),
    })),
    changes: changes.map(({ id, date, guide, steps, severity, title, summary }) => ({ id, date, guide, steps, severity, title, summary })),
  };
}

export async function guideAttentionInput(slug: string) {
  const { guides, changes } = await contentIndex();
  const guide = guides.find((candidate) => candidate.slug === slug);
  return { steps: guide?.steps ?? [], changes: changes.filter((change) => change.guide === slug) };
}
