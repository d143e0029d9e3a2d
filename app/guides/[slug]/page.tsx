import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Info, Radar } from "lucide-react";
import { guideRouteParamsSchema } from "@/lib/content/route-params";
import { guideFeedAlternates } from "@/lib/content/change-paths";
import { CATEGORY_LABELS, DEVICE_LABELS, REGION_LABELS } from "@/lib/content/labels";
import { getGuide, listGuides } from "@/server/content/guides";
import { guideAttentionInput } from "@/server/content/content-index";
import { mayBeOutOfDate } from "@/lib/content/freshness";
import { effectiveLastVerified } from "@/lib/review/verification";
import { relatedGuides } from "@/lib/content/related-guides";
import { GuideHistory } from "@/components/guides/guide-history";
import { ChecklistProvider } from "@/components/checklist/checklist-context";
import { DeviceScope } from "@/components/checklist/device-scope";
import { DeviceScopeScript } from "@/components/checklist/device-scope-script";
import { GuideVerification } from "@/components/guides/guide-verification";
import { GuideShortcut } from "@/components/guides/guide-shortcut";
import { GuideNextSteps } from "@/components/guides/guide-next-steps";
import { GuideBody } from "@/components/mdx/guide-body";
import { GuideMeta } from "@/components/guides/guide-meta";
import { GuideSources } from "@/components/guides/guide-sources";
import { guideWatchSentence } from "@/server/sources/guide-watch-status";
import { latestVerifications } from "@/server/review/recorded-verifications";
import { OptOutNotice } from "@/components/guides/opt-out-notice";
import { SubscribeForm } from "@/components/alerts/subscribe-form";
import { subscribeHeading } from "@/lib/alerts/subscribe-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";

type GuidePageProps = { params: Promise<{ slug: string }> };

/** Every guide is prerendered; any other slug is a 404 without touching the server's code paths. */
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listGuides()).map((guide) => ({ slug: guide.slug }));
}

async function findGuide(params: GuidePageProps["params"]) {
  const parsed = guideRouteParamsSchema.safeParse(await params);
  return parsed.success ? getGuide(parsed.data.slug) : undefined;
}

export async function generateMetadata({ params }: GuidePageProps): Promise<Metadata> {
  const guide = await findGuide(params);
  if (!guide) return {};
  return { title: guide.title, description: guide.summary, alternates: { canonical: `/guides/${guide.slug}`, types: guideFeedAlternates(guide.slug) } };
}

export default async function GuidePage({ params }: GuidePageProps) {
  const guide = await findGuide(params);
  if (!guide) notFound();
  const { steps, changes } = await guideAttentionInput(guide.slug);
  const publishedOn = Object.fromEntries(steps.map((step) => [step.id, step.publishedOn]));
  const watchSentence = await guideWatchSentence(guide);
  // A verification recorded at /review counts from the build on; the browser then keeps it current.
  const lastVerified = effectiveLastVerified(guide.lastVerified, (await latestVerifications([guide.slug])).get(guide.slug));

  const related = relatedGuides(guide, await listGuides());
  const now = new Date();

  // On a 390 px phone the first screen holds the title, the shortcut to the setting and the first
  // step; what a person reads once (why, history, sources) is folded below the checklist.
  return (
    <article className="mx-auto max-w-3xl">
      <Breadcrumb className="mb-2" trail={[{ label: "Guides", href: "/guides" }, { label: guide.platformName }]} />
      <header className="space-y-2 border-b border-line pb-4 sm:space-y-3 sm:pb-6">
        {/* On a phone the breadcrumb already names the platform. */}
        <p className="hidden text-sm font-semibold tracking-wide text-accent uppercase sm:block">
          {guide.platformName} · {CATEGORY_LABELS[guide.category]}
        </p>
        <h1 className="text-xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">{guide.title}</h1>
        <p className="text-muted sm:text-lg">{guide.summary}</p>
        <OptOutNotice guide={guide} />
        <GuideMeta guide={guide} verified={false} />
        <GuideVerification
          slug={guide.slug}
          lastVerified={lastVerified}
          watch={watchSentence}
          staleAtRender={mayBeOutOfDate(lastVerified, now)}
          staleIcon={<Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />}
          staleAdvice={`${guide.platformName} may have changed a label since. The steps are still safe: each says what you should see.`}
          watchIcon={<Radar aria-hidden="true" className="mt-0.5 size-4 shrink-0" />}
        />
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {guide.defaultState ? (
            <>
              {/* Phones skip it: the summary says the same, and the first step should fit the first screen. */}
              <dt className="hidden font-semibold sm:block">Default</dt>
              <dd className="hidden text-muted sm:block">{guide.defaultState}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Applies in</dt>
          <dd className="text-muted">{guide.regions.map((region) => REGION_LABELS[region]).join(", ")}</dd>
        </dl>
      </header>
      <GuideShortcut guide={guide} />
      <DeviceScopeScript variants={guide.deviceVariants} />
      <ChecklistProvider guide={guide.slug} steps={guide.steps} publishedOn={publishedOn} changes={changes}>
        <DeviceScope options={guide.deviceVariants.map((device) => ({ value: device, label: DEVICE_LABELS[device] }))}>
          <GuideBody
            code={guide.code}
            guideSlug={guide.slug}
            completion={<GuideNextSteps platformName={guide.platformName} related={related.map(({ slug, title }) => ({ slug, title }))} />}
            afterCheck={<SubscribeForm scope="guide" scopeSlug={guide.slug} heading={subscribeHeading("guide")} className="my-6" showFollowing />}
          />
        </DeviceScope>
      </ChecklistProvider>
      <GuideHistory guide={guide.slug} changes={changes} steps={guide.steps} />
      <GuideSources sources={guide.sources} folded />
    </article>
  );
}
