import type { MetadataRoute } from "next";
import { env } from "@/server/env";
import { listGuides } from "@/server/content/guides";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const guides = await listGuides();
  return [
    { url: `${env.SITE_URL}/` },
    { url: `${env.SITE_URL}/guides` },
    ...guides.map((guide) => ({ url: `${env.SITE_URL}/guides/${guide.slug}`, lastModified: guide.lastVerified })),
  ];
}
