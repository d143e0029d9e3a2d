import "server-only";
import { db } from "@/server/db/client";
import { listGuides } from "@/server/content/guides";

export type KnownSteps = Map<string, Set<string>>;

const REFRESH_MS = 60_000;
let cached: { steps: KnownSteps; loadedAt: number } | undefined;

/**
 * The current (not retired) step ids of every guide, from the rows content sync keeps in
 * Postgres, refreshed every minute. Reading them from the database spares the server compiling
 * every guide's MDX on the first save after a start. Before any sync (someone ran `next start`
 * by hand), the compiled content is the fallback.
 */
export async function knownSteps(now = Date.now()): Promise<KnownSteps> {
  if (cached && now - cached.loadedAt < REFRESH_MS) return cached.steps;
  const rows = await db.guideStep.findMany({ where: { retiredAt: null }, select: { guideSlug: true, stepId: true } });
  const steps: KnownSteps = new Map();
  if (rows.length > 0) {
    for (const row of rows) steps.set(row.guideSlug, (steps.get(row.guideSlug) ?? new Set()).add(row.stepId));
  } else {
    for (const guide of await listGuides()) steps.set(guide.slug, new Set(guide.steps.map((step) => step.id)));
  }
  cached = { steps, loadedAt: now };
  return steps;
}
