import type { GuideSummary } from "@/lib/content/guide-schema";

/** Up to `limit` other guides to offer after this one: same platform first, then same category, in library order. */
export function relatedGuides<T extends Pick<GuideSummary, "slug" | "platform" | "category">>(guide: Pick<GuideSummary, "slug" | "platform" | "category">, all: readonly T[], limit = 2): T[] {
  const others = all.filter((other) => other.slug !== guide.slug);
  const samePlatform = others.filter((other) => other.platform === guide.platform);
  const sameCategory = others.filter((other) => other.platform !== guide.platform && other.category === guide.category);
  return [...samePlatform, ...sameCategory].slice(0, limit);
}
