import "server-only";
import type { CompiledChange } from "@/lib/content/change-schema";
import { formatContentIssue } from "@/lib/content/content-issue";
import { checkContent } from "@/server/content/check-content";
import { contentRoot } from "@/server/content/content-paths";

let library: Promise<CompiledChange[]> | undefined;

/** Compiles the change entries once per process; invalid content stops the build with every issue listed. */
function loadChanges(): Promise<CompiledChange[]> {
  library ??= checkContent(contentRoot()).then(({ issues, changes }) => {
    const errors = issues.filter((issue) => issue.severity === "error");
    if (errors.length > 0) throw new Error(`Content has errors:\n${errors.map(formatContentIssue).join("\n")}`);
    return sortNewestFirst(changes);
  });
  return library;
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
