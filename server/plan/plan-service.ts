import "server-only";
import type { PlanSelection } from "@/lib/plan/plan-selection";
import { requireUser } from "@/server/auth/current-user";
import { AppError } from "@/server/errors";
import { getPlatform } from "@/server/content/guides";
import { getPlan, savePlan, type SavedPlan } from "@/server/plan/plan-store";

/** Authorization lives here: the user id always comes from the session, never from the request. */
export async function loadMyPlan(): Promise<SavedPlan | null> {
  const user = await requireUser();
  return getPlan(user.id);
}

/** Saves the signed-in person's selection; a platform OffSwitch does not know is refused, nothing saved. */
export async function saveMyPlan(selection: PlanSelection): Promise<SavedPlan> {
  const user = await requireUser();
  const unknown = (await Promise.all(selection.platforms.map(async (slug) => ((await getPlatform(slug)) ? null : slug)))).filter((slug) => slug !== null);
  if (unknown.length > 0) throw new AppError("invalid-input", "The plan names platforms OffSwitch has no guides for.", { details: unknown.map((slug) => `platforms: unknown platform "${slug}"`) });
  return savePlan(user.id, selection);
}
