import type { Metadata } from "next";
import Link from "next/link";
import { platformsWithGuides } from "@/server/content/platform-guides";

export const metadata: Metadata = {
  title: "Platforms",
  description: "Every platform OffSwitch has privacy guides for, with its guides and settings changes.",
  alternates: { canonical: "/platforms" },
};

export default async function PlatformsPage() {
  const platforms = await platformsWithGuides();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Platforms</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {platforms.map(({ platform, guides }) => (
          <li key={platform.slug} className="rounded-xl border border-line bg-surface p-4">
            <Link href={`/platforms/${platform.slug}`} className="text-lg font-semibold text-accent underline">
              {platform.name}
            </Link>
            <p className="text-sm text-muted">{guides.length === 1 ? "1 guide" : `${guides.length} guides`}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
