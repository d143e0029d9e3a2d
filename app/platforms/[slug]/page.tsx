import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { guideRouteParamsSchema } from "@/lib/content/route-params";
import { platformWithGuides, platformsWithGuides } from "@/server/content/platform-guides";
import { GuideCard } from "@/components/guides/guide-card";
import { withRecordedVerification } from "@/server/review/recorded-verifications";
import { SubscribeForm } from "@/components/alerts/subscribe-form";
import { subscribeHeading } from "@/lib/alerts/subscribe-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";

type PlatformPageProps = { params: Promise<{ slug: string }> };

/** One prerendered page per platform that has guides; any other slug is a 404. */
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await platformsWithGuides()).map(({ platform }) => ({ slug: platform.slug }));
}

async function findPlatform(params: PlatformPageProps["params"]) {
  const parsed = guideRouteParamsSchema.safeParse(await params);
  return parsed.success ? platformWithGuides(parsed.data.slug) : undefined;
}

export async function generateMetadata({ params }: PlatformPageProps): Promise<Metadata> {
  const found = await findPlatform(params);
  if (!found) return {};
  return { title: `${found.platform.name} privacy guides`, description: `Every OffSwitch checklist for ${found.platform.name}.`, alternates: { canonical: `/platforms/${found.platform.slug}` } };
}

export default async function PlatformPage({ params }: PlatformPageProps) {
  const found = await findPlatform(params);
  if (!found) notFound();
  const { platform, hasChangeFeed } = found;
  const guides = await withRecordedVerification(found.guides);
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ label: "Platforms", href: "/platforms" }, { label: platform.name }]} />
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{platform.name} privacy guides</h1>
        <p className="text-muted">
          {guides.length === 1 ? "1 guide" : `${guides.length} guides`}.{" "}
          {hasChangeFeed ? (
            <Link href={`/changes/platform/${platform.slug}`} className="text-accent underline">
              Settings changes on {platform.name}
            </Link>
          ) : null}
        </p>
        <p>
          <Link href={`/plan?platforms=${platform.slug}`} className="text-accent underline">
            Add {platform.name} to a privacy plan
          </Link>
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {guides.map((guide) => (
          <GuideCard key={guide.slug} guide={guide} />
        ))}
      </div>
      <SubscribeForm scope="platform" scopeSlug={platform.slug} heading={subscribeHeading("platform", platform.name)} className="mt-10" />
    </div>
  );
}
