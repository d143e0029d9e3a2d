import "server-only";
import type { CompiledGuide, GuideSummary, Platform } from "@/lib/content/guide-schema";
import { loadContentLibrary } from "@/server/content/content-library";

type GuideLibrary = { guides: CompiledGuide[]; platforms: Map<string, Platform> };

let library: Promise<GuideLibrary> | undefined;

function loadLibrary(): Promise<GuideLibrary> {
  library ??= loadContentLibrary().then(({ guides, platforms }) => ({ guides: sortGuides(guides), platforms }));
  return library;
}

function sortGuides(guides: CompiledGuide[]): CompiledGuide[] {
  // Platform guides first (the reason people come), then cross-platform habits; alphabetical within.
  return [...guides].sort(
    (a, b) => Number(a.platform === "all-platforms") - Number(b.platform === "all-platforms") || a.title.localeCompare(b.title),
  );
}

export async function listGuides(): Promise<GuideSummary[]> {
  const { guides } = await loadLibrary();
  return guides.map(({ code: _code, shortcut: _shortcut, ...summary }) => summary);
}

export async function getGuide(slug: string): Promise<CompiledGuide | undefined> {
  const { guides } = await loadLibrary();
  return guides.find((guide) => guide.slug === slug);
}

export async function getPlatform(slug: string): Promise<Platform | undefined> {
  const { platforms } = await loadLibrary();
  return platforms.get(slug);
}
