/**
 * The guides most readers arrive for (the settings in the news: AI training switched on by
 * default), in the order the home page shows them. Editors keep this list; slugs missing from
 * the content are skipped, so a renamed guide never breaks the home page.
 */
export const FEATURED_GUIDE_SLUGS = [
  "linkedin-ai-training",
  "meta-ai-objection",
  "chatgpt-model-training",
  "gemini-apps-activity",
  "x-grok-data-sharing",
  "claude-model-training",
] as const;

/** The featured guides that exist, in the list's order; the rest of the library follows on /guides. */
export function featuredGuides<T extends { slug: string }>(guides: readonly T[], slugs: readonly string[] = FEATURED_GUIDE_SLUGS): T[] {
  const bySlug = new Map(guides.map((guide) => [guide.slug, guide]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}
