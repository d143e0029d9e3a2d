import Link from "next/link";
import { ArrowRight, Bell, ListChecks, Search, ShieldCheck } from "lucide-react";
import { listGuides } from "@/server/content/guides";
import { withRecordedVerification } from "@/server/review/recorded-verifications";
import { GuideCard } from "@/components/guides/guide-card";
import { featuredGuides } from "@/lib/content/featured-guides";

export default async function HomePage() {
  // Cards show a verification recorded at /review as the guide's date (as of the build).
  const guides = await withRecordedVerification(await listGuides());
  // Lead with the guides people arrive for from the news, and a search for the rest.
  const popular = featuredGuides(guides);
  const featured = popular[0] ?? guides.find((guide) => guide.platform !== "all-platforms") ?? guides[0];

  return (
    <div className="space-y-14">
      <section className="space-y-5 pt-4">
        <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-5xl">
          Turn off what platforms quietly switched on.
        </h1>
        <p className="max-w-2xl text-lg text-muted">
          OffSwitch walks you through each privacy setting step by step, with the exact menu path, a link straight to the
          setting where the platform has one, and a way to check it worked.
        </p>
        <form action="/guides" method="get" role="search" className="flex max-w-xl gap-2">
          <label htmlFor="home-search" className="sr-only">
            Search the guides
          </label>
          <input
            id="home-search"
            name="q"
            type="search"
            maxLength={100}
            placeholder="e.g. Facebook"
            className="block min-h-11 w-full min-w-0 rounded-lg border border-line bg-surface px-3 py-2 text-ink"
          />
          <button type="submit" className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded-lg border border-line bg-surface px-4 py-2 font-semibold hover:bg-accent-soft">
            <Search aria-hidden="true" className="size-4" />
            Search
          </button>
        </form>
        <div className="flex flex-wrap gap-3">
          {featured ? (
            <Link
              href={`/guides/${featured.slug}`}
              className="inline-flex min-h-11 items-center gap-2 rounded-lg bg-accent px-5 py-2.5 font-semibold text-on-accent hover:bg-accent-strong"
            >
              Start with {featured.platformName}
              <ArrowRight aria-hidden="true" className="size-4" />
            </Link>
          ) : null}
          <Link href="/guides" className="inline-flex min-h-11 items-center rounded-lg border border-line bg-surface px-5 py-2.5 font-semibold hover:bg-accent-soft">
            Browse all guides
          </Link>
        </div>
      </section>

      <section aria-labelledby="popular-heading">
        <div className="mb-4 flex items-baseline justify-between gap-4">
          <h2 id="popular-heading" className="text-2xl font-semibold tracking-tight">
            Most asked about
          </h2>
          <Link href="/guides" className="font-medium text-accent underline">
            All {guides.length} guides
          </Link>
        </div>
        <ul className="grid list-none gap-4 p-0 sm:grid-cols-2" aria-label="Most asked about">
          {popular.map((guide) => (
            <li key={guide.slug} className="grid" data-guide-slug={guide.slug}>
              <GuideCard guide={guide} headingLevel="h3" />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading" className="mb-4 text-2xl font-semibold tracking-tight">
          How it works
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          <li className="rounded-xl border border-line bg-surface p-5">
            <ListChecks aria-hidden="true" className="mb-2 size-6 text-accent" />
            <p className="font-semibold">Follow a checklist</p>
            <p className="text-muted">Exact menu paths for the web and the apps, and a deep link where the platform has one.</p>
          </li>
          <li className="rounded-xl border border-line bg-surface p-5">
            <ShieldCheck aria-hidden="true" className="mb-2 size-6 text-accent" />
            <p className="font-semibold">No account needed</p>
            <p className="text-muted">Tick steps off as you go. Your progress stays in this browser, even after you close it.</p>
          </li>
          <li className="rounded-xl border border-line bg-surface p-5">
            <Bell aria-hidden="true" className="mb-2 size-6 text-accent" />
            <p className="font-semibold">Dated and sourced</p>
            <p className="text-muted">Every guide cites the platform&rsquo;s own help pages and says when it was last verified.</p>
          </li>
        </ul>
      </section>
    </div>
  );
}
