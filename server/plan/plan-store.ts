import "server-only";
import { PLACES, type Place } from "@/lib/content/content-constants";
import type { PlanSelection } from "@/lib/plan/plan-selection";
import { db } from "@/server/db/client";

export type SavedPlan = PlanSelection & { updatedAt: Date };

const asRegion = (value: string | null): Place | null => PLACES.find((place) => place === value) ?? null;

/** The person's saved plan, or null when they never saved one. Scoped to the user id the caller got from the session. */
export async function getPlan(userId: string): Promise<SavedPlan | null> {
  const row = await db.privacyPlan.findUnique({ where: { userId } });
  return row ? { platforms: row.platforms, region: asRegion(row.region), updatedAt: row.updatedAt } : null;
}

/** Replaces the person's plan with this selection (one row per person). */
export async function savePlan(userId: string, selection: PlanSelection): Promise<SavedPlan> {
  const data = { platforms: selection.platforms, region: selection.region };
  const row = await db.privacyPlan.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  return { platforms: row.platforms, region: asRegion(row.region), updatedAt: row.updatedAt };
}
