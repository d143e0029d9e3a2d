import "server-only";
import type { PlanGuide } from "@/lib/plan/plan-checklist";
import { contentIndex } from "@/server/content/content-index";
import { listGuides } from "@/server/content/guides";
import { platformsWithGuides } from "@/server/content/platform-guides";

/** What the plan page ships to the browser: every guide's steps and audience, the changes, and the platforms to pick from. */
export async function planCatalog() {
  const [{ guides: indexed, changes }, guides, platforms] = await Promise.all([contentIndex(), listGuides(), platformsWithGuides()]);
  const bySlug = new Map(guides.map((guide) => [guide.slug, guide]));
  const catalog: PlanGuide[] = indexed.flatMap((entry) => {
    const guide = bySlug.get(entry.slug);
    return guide ? [{ ...entry, platform: guide.platform, minutes: guide.minutes, regions: guide.regions, ...(guide.elsewhere ? { elsewhere: guide.elsewhere } : {}) }] : [];
  });
  return { guides: catalog, changes, platforms: platforms.map(({ platform, guides: forPlatform }) => ({ slug: platform.slug, name: platform.name, guideCount: forPlatform.length })) };
}
