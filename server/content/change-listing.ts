import "server-only";
import type { Metadata } from "next";
import { changeFilterPath, type AlternateTypes, type ChangeFilter } from "@/lib/content/change-paths";
import {
  changeFilterOptions,
  describeFilter,
  findFilterOption,
  matchesFilter,
  pageCount,
  pageOf,
  toChangeView,
  type ChangeFilterOptions,
  type ChangeListing,
  type ChangeView,
  type FilterOption,
} from "@/lib/content/change-views";
import type { GuideSummary } from "@/lib/content/guide-schema";
import { listChanges } from "@/server/content/changes";
import { listGuides } from "@/server/content/guides";

/** Every change entry joined with its guide, plus each entry's compiled body; built once per process. */
export type ChangeCatalogue = {
  guides: GuideSummary[];
  /** Newest first, as listChanges returns them. */
  changes: ChangeView[];
  codeById: ReadonlyMap<string, string>;
  /** Each entry's body as HTML, for feeds. */
  htmlById: ReadonlyMap<string, string>;
  options: ChangeFilterOptions;
};

let catalogue: Promise<ChangeCatalogue> | undefined;

export function changeCatalogue(): Promise<ChangeCatalogue> {
  catalogue ??= Promise.all([listGuides(), listChanges()]).then(([guides, compiled]) => {
    const changes = compiled.map((change) => toChangeView(change, guides));
    return {
      guides,
      changes,
      codeById: new Map(compiled.map((change) => [change.id, change.code])),
      htmlById: new Map(compiled.map((change) => [change.id, change.html])),
      options: changeFilterOptions(guides, changes),
    };
  });
  return catalogue;
}

/** Every entry a filter shows, newest first (feeds take theirs from here). */
export async function filteredChanges(filter: ChangeFilter): Promise<{ changes: ChangeView[]; current: FilterOption } | undefined> {
  const { changes, options } = await changeCatalogue();
  const current = findFilterOption(options, filter);
  if (!current) return undefined;
  return { changes: changes.filter((change) => matchesFilter(change, filter)), current };
}

/** One page of a filter's entries, or undefined when the platform or guide does not exist or the page is past the end. */
export async function changeListing(filter: ChangeFilter, pageNumber = 1): Promise<ChangeListing | undefined> {
  const [{ options }, found] = await Promise.all([changeCatalogue(), filteredChanges(filter)]);
  if (!found) return undefined;
  const paged = pageOf(found.changes, pageNumber);
  if (!paged) return undefined;
  return { changes: paged.items, page: paged.page, options, current: found.current, description: describeFilter(filter, found.current.label) };
}

export type FoundChangeListing<F extends ChangeFilter> = { filter: F; listing: ChangeListing };

/** A filtered list page's entries; undefined when its route params did not parse (no filter) or name nothing. */
export async function findChangeListing<F extends ChangeFilter>(filter: F | undefined, pageNumber = 1): Promise<FoundChangeListing<F> | undefined> {
  if (!filter) return undefined;
  const listing = await changeListing(filter, pageNumber);
  return listing && { filter, listing };
}

/** A filtered list page's title, description and canonical address, with the feeds its head links to. */
export function changeListingMetadata({ filter, listing }: FoundChangeListing<ChangeFilter>, feeds: AlternateTypes): Metadata {
  const { number, count } = listing.page;
  const title = number > 1 ? `${listing.description.heading} (page ${number} of ${count})` : listing.description.heading;
  return { title, description: listing.description.description, alternates: { canonical: changeFilterPath(filter, number), types: feeds } };
}

/** `generateStaticParams` of a filter's /page/[page] route: pages 2 to the last, for each filter given. */
export async function laterPageParams<P extends Record<string, string>>(filters: readonly { filter: ChangeFilter; params: P }[]): Promise<(P & { page: string })[]> {
  const counted = await Promise.all(filters.map(async ({ filter, params }) => ({ params, total: (await filteredChanges(filter))?.changes.length ?? 0 })));
  return counted.flatMap(({ params, total }) => Array.from({ length: pageCount(total) - 1 }, (_, index) => ({ ...params, page: String(index + 2) })));
}

export async function changeEntry(id: string): Promise<{ change: ChangeView; code: string } | undefined> {
  const { changes, codeById } = await changeCatalogue();
  const change = changes.find((candidate) => candidate.id === id);
  const code = codeById.get(id);
  return change && code !== undefined ? { change, code } : undefined;
}

/** Route params to prerender: every entry, every followable platform, every guide. */
export async function changeRouteParams(): Promise<{ ids: string[]; platforms: string[]; guides: string[] }> {
  const { changes, options } = await changeCatalogue();
  const slugs = (pool: FilterOption[]) => pool.flatMap(({ filter }) => (filter.kind === "platform" || filter.kind === "guide" ? [filter.slug] : []));
  return { ids: changes.map((change) => change.id), platforms: slugs(options.platforms), guides: slugs(options.guides) };
}
