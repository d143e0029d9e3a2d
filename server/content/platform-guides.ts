import "server-only";
import type { GuideSummary, Platform } from "@/lib/content/guide-schema";
import { changeRouteParams } from "@/server/content/change-listing";
import { getPlatform, listGuides } from "@/server/content/guides";

export type PlatformWithGuides = { platform: Platform; guides: GuideSummary[]; hasChangeFeed: boolean };

/** Platforms that have at least one guide, by name, each with its guides in library order. */
export async function platformsWithGuides(): Promise<PlatformWithGuides[]> {
  const [guides, { platforms: withChanges }] = await Promise.all([listGuides(), changeRouteParams()]);
  const slugs = [...new Set(guides.map((guide) => guide.platform))];
  const found = await Promise.all(slugs.map(async (slug) => ({ slug, platform: await getPlatform(slug) })));
  return found
    .flatMap(({ slug, platform }) =>
      platform ? [{ platform, guides: guides.filter((guide) => guide.platform === slug), hasChangeFeed: withChanges.includes(slug) }] : [],
    )
    .sort((a, b) => a.platform.name.localeCompare(b.platform.name));
}

export async function platformWithGuides(slug: string): Promise<PlatformWithGuides | undefined> {
  return (await platformsWithGuides()).find((entry) => entry.platform.slug === slug);
}
