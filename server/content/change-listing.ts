import "server-only";
import type { Metadata } from "next";
import { changeFilterPath, type AlternateTypes, type ChangeFilter } from "@/lib/content/change-paths";
import {
  changeFilterOptions,
  describeFilter,
  findFilterOption,
  matchesFilter,
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

/** The entries a list page shows for a filter, or undefined when the platform or guide does not exist. */
export async function changeListing(filter: ChangeFilter): Promise<ChangeListing | undefined> {
  const { changes, options } = await changeCatalogue();
  const current = findFilterOption(options, filter);
  if (!current) return undefined;
  return {
    changes: changes.filter((change) => matchesFilter(change, filter)),
    options,
    current,
    description: describeFilter(filter, current.label),
  };
}

export type FoundChangeListing<F extends ChangeFilter> = { filter: F; listing: ChangeListing };

/** A filtered list page's entries; undefined when its route params did not parse (no filter) or name nothing. */
export async function findChangeListing<F extends ChangeFilter>(filter: F | undefined): Promise<FoundChangeListing<F> | undefined> {
  if (!filter) return undefined;
  const listing = await changeListing(filter);
  return listing && { filter, listing };
}

/** A filtered list page's title, description and canonical address, with the feeds its head links to. */
export function changeListingMetadata({ filter, listing }: FoundChangeListing<ChangeFilter>, feeds: AlternateTypes): Metadata {
  return { title: listing.description.heading, description: listing.description.description, alternates: { canonical: changeFilterPath(filter), types: feeds } };
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
