import "server-only";
import { CATEGORY_LABELS } from "@/lib/content/labels";
import { buildSearchIndex, type SearchDocument } from "@/lib/search/search-index";
import { listGuides } from "@/server/content/guides";
import { guideStepDetails } from "@/server/dataset/guide-dataset";

export async function searchDocuments(): Promise<SearchDocument[]> {
  const guides = await listGuides();
  return Promise.all(
    guides.map(async (guide) => {
      const details = await guideStepDetails(guide.slug);
      const stepWords = details.flatMap((step) => [step.title, ...step.instructions.flatMap((instructions) => instructions.menuPath ?? []), ...step.expectedEndState]);
      return {
        id: guide.slug,
        title: guide.title,
        platformName: guide.platformName,
        summary: guide.summary,
        category: CATEGORY_LABELS[guide.category],
        steps: stepWords.join(" · "),
      };
    }),
  );
}

/** The serialized search index the guide library loads in the browser (built once, at build time). */
export async function serializedSearchIndex(): Promise<string> {
  return JSON.stringify(buildSearchIndex(await searchDocuments()));
}
