"use client";

import { useState, useSyncExternalStore, type ReactNode } from "react";
import { Search, SlidersHorizontal } from "lucide-react";
import { CATEGORIES, DEVICES, PLACES } from "@/lib/content/content-constants";
import { CATEGORY_LABELS, DEVICE_LABELS, PLACE_LABELS } from "@/lib/content/labels";
import { outsideReason } from "@/lib/search/region-fit";
import { TIME_LIMITS, filterGuidesByPlace, guideFiltersQuery, hasActiveFilters, parseGuideFilters, type FilterableGuide, type GuideFilters } from "@/lib/search/guide-filters";
import { getQuery, getServerQuery, replaceQuery, subscribeToQuery } from "@/components/search/url-query-store";
import { FilterSelect } from "@/components/search/filter-select";
import { useGuideSearch } from "@/components/search/use-guide-search";
import { useHydrated } from "@/components/checklist/use-browser-progress";
import { Button } from "@/components/ui/button";

const CATEGORY_OPTIONS = CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }));
const DEVICE_OPTIONS = DEVICES.map((value) => ({ value, label: DEVICE_LABELS[value] }));
const REGION_OPTIONS = PLACES.map((value) => ({ value, label: PLACE_LABELS[value] }));
const TIME_OPTIONS = TIME_LIMITS.map((value) => ({ value: String(value), label: `${value} minutes or less` }));

/**
 * Search and filters over the guide cards the server rendered. Without JavaScript every card
 * shows (and no controls that could not work); with it, the filters live in the URL so a
 * filtered view is a link, and the search runs in the browser over the prebuilt index.
 */
export function GuideLibrary({ guides, cards, platforms }: { guides: readonly FilterableGuide[]; cards: Record<string, ReactNode>; platforms: readonly { value: string; label: string }[] }) {
  const hydrated = useHydrated();
  const filters = parseGuideFilters(new URLSearchParams(useSyncExternalStore(subscribeToQuery, getQuery, getServerQuery)));
  const search = useGuideSearch(filters.q);
  const { shown, outside } = filterGuidesByPlace(guides, filters, search.state === "ready" ? search.slugs : undefined);
  const region = filters.region;
  const update = (change: Partial<GuideFilters>) => replaceQuery(guideFiltersQuery({ ...filters, ...change }));
  // On a phone the five filters would fill the first screen: folded behind one button until asked
  // for, or open when the URL already sets one. From sm up they always show.
  const activeFilters = [filters.platform, filters.category, filters.time, filters.device, filters.region].filter((value) => value !== undefined).length;
  const [filtersChoice, setFiltersChoice] = useState<boolean | null>(null);
  const filtersOpen = filtersChoice ?? activeFilters > 0;
  const pick = <K extends keyof GuideFilters>(key: K) => (value: string) => update({ [key]: value === "" ? undefined : value } as Partial<GuideFilters>);

  return (
    <div className="space-y-6">
      {hydrated ? (
        <form role="search" aria-label="Guides" className="space-y-4 rounded-xl border border-line bg-surface p-4" onSubmit={(event) => event.preventDefault()}>
          <div className="flex flex-col gap-1">
            <label htmlFor="guide-search" className="text-sm font-semibold">
              Search guides
            </label>
            <div className="relative">
              <Search aria-hidden="true" className="pointer-events-none absolute top-3 left-3 size-5 text-muted" />
              <input
                id="guide-search"
                type="search"
                value={filters.q}
                maxLength={100}
                placeholder="A platform or a setting, e.g. ChatGPT or “training”"
                onChange={(event) => update({ q: event.target.value })}
                className="min-h-11 w-full rounded-lg border border-line bg-canvas py-2 pr-3 pl-10 text-ink placeholder:text-muted"
              />
            </div>
          </div>
          <button
            type="button"
            aria-expanded={filtersOpen}
            aria-controls="guide-filters"
            onClick={() => setFiltersChoice(!filtersOpen)}
            className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-line bg-canvas px-3 py-2 font-semibold sm:hidden"
          >
            <SlidersHorizontal aria-hidden="true" className="size-4" />
            Filters{activeFilters > 0 ? ` (${activeFilters} on)` : ""}
          </button>
          <div id="guide-filters" className={`${filtersOpen ? "grid" : "hidden"} gap-3 sm:grid sm:grid-cols-3 lg:grid-cols-5`}>
            <FilterSelect id="filter-platform" label="Platform" value={filters.platform ?? ""} options={platforms} onChange={pick("platform")} />
            <FilterSelect id="filter-category" label="Category" value={filters.category ?? ""} options={CATEGORY_OPTIONS} onChange={pick("category")} />
            <FilterSelect id="filter-time" label="Time needed" value={filters.time ? String(filters.time) : ""} options={TIME_OPTIONS} onChange={(value) => update({ time: value === "" ? undefined : parseGuideFilters(new URLSearchParams({ time: value })).time })} />
            <FilterSelect id="filter-device" label="Device" value={filters.device ?? ""} options={DEVICE_OPTIONS} onChange={pick("device")} />
            <FilterSelect id="filter-region" label="Region" value={filters.region ?? ""} options={REGION_OPTIONS} onChange={pick("region")} />
          </div>
          {hasActiveFilters(filters) ? (
            <Button variant="secondary" onClick={() => replaceQuery("")}>
              Clear search and filters
            </Button>
          ) : null}
        </form>
      ) : null}
      <p role="status" className="text-sm text-muted">
        {search.state === "loading"
          ? "Searching…"
          : search.state === "failed"
            ? "Search is unavailable right now; the filters still work."
            : `${shown.length} of ${guides.length} guides${outside.length > 0 ? `, and ${outside.length} more for other regions (listed below)` : ""}`}
      </p>
      {shown.length === 0 && outside.length === 0 && search.state !== "loading" ? <p>No guide matches. Try fewer words or clear a filter.</p> : null}
      {shown.length === 0 && outside.length > 0 && search.state !== "loading" ? <p>No guide for your region matches; the guides below are for other regions and say what applies where you live.</p> : null}
      <ul className="grid list-none gap-4 p-0 sm:grid-cols-2" aria-label="Guides">
        {shown.map((guide) => (
          <li key={guide.slug} className="grid" data-guide-slug={guide.slug}>
            {cards[guide.slug]}
          </li>
        ))}
      </ul>
      {region !== undefined && outside.length > 0 ? (
        <section aria-labelledby="guides-outside-heading" className="space-y-3" data-guides-outside>
          <h2 id="guides-outside-heading" className="text-xl font-semibold tracking-tight">
            Not for your region
          </h2>
          <ul className="grid list-none gap-4 p-0 sm:grid-cols-2" aria-labelledby="guides-outside-heading">
            {outside.map((guide) => (
              <li key={guide.slug} className="grid gap-2" data-guide-slug={guide.slug} data-outside-region>
                <p className="text-sm">{outsideReason(guide, region)}</p>
                {cards[guide.slug]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
