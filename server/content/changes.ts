import "server-only";
import type { CompiledChange } from "@/lib/content/change-schema";
import { loadContentLibrary } from "@/server/content/content-library";

let sorted: Promise<CompiledChange[]> | undefined;

function loadChanges(): Promise<CompiledChange[]> {
  sorted ??= loadContentLibrary().then(({ changes }) => sortNewestFirst(changes));
  return sorted;
}

/** Newest first; entries of one day by id, so the order never depends on the file system. */
export function sortNewestFirst<T extends { date: string; id: string }>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** Every change entry, newest first. */
export async function listChanges(): Promise<CompiledChange[]> {
  return loadChanges();
}

export async function getChange(id: string): Promise<CompiledChange | undefined> {
  return (await loadChanges()).find((change) => change.id === id);
}

/** The change entries for one guide, newest first. */
export async function changesForGuide(slug: string): Promise<CompiledChange[]> {
  return (await loadChanges()).filter((change) => change.guide === slug);
}
