import type { MetadataRoute } from "next";
import { env } from "@/server/env";
import { listGuides } from "@/server/content/guides";
import { listChanges } from "@/server/content/changes";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [guides, changes] = await Promise.all([listGuides(), listChanges()]);
  return [
    { url: `${env.SITE_URL}/` },
    { url: `${env.SITE_URL}/guides` },
    ...guides.map((guide) => ({ url: `${env.SITE_URL}/guides/${guide.slug}`, lastModified: guide.lastVerified })),
    { url: `${env.SITE_URL}/changes`, lastModified: changes[0]?.date },
    ...changes.map((change) => ({ url: `${env.SITE_URL}/changes/${change.id}`, lastModified: change.date })),
  ];
}
