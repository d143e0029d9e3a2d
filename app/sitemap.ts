import type { MetadataRoute } from "next";
import { env } from "@/server/env";
import { listGuides } from "@/server/content/guides";
import { withRecordedVerification } from "@/server/review/recorded-verifications";
import { listChanges } from "@/server/content/changes";
import { platformsWithGuides } from "@/server/content/platform-guides";

/** Every public, indexable page; private pages (account, dashboard, notifications) are noindex and left out. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [guides, changes, platforms] = await Promise.all([listGuides().then(withRecordedVerification), listChanges(), platformsWithGuides()]);
  return [
    { url: `${env.SITE_URL}/` },
    { url: `${env.SITE_URL}/guides` },
    ...guides.map((guide) => ({ url: `${env.SITE_URL}/guides/${guide.slug}`, lastModified: guide.lastVerified })),
    { url: `${env.SITE_URL}/platforms` },
    ...platforms.map(({ platform }) => ({ url: `${env.SITE_URL}/platforms/${platform.slug}` })),
    { url: `${env.SITE_URL}/plan` },
    { url: `${env.SITE_URL}/changes`, lastModified: changes[0]?.date },
    ...changes.map((change) => ({ url: `${env.SITE_URL}/changes/${change.id}`, lastModified: change.date })),
  ];
}
