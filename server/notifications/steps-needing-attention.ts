import "server-only";
import { guideAttention, type ChangeNotice } from "@/lib/progress/needs-attention";
import type { GuideProgress } from "@/lib/progress/progress-schema";
import { db } from "@/server/db/client";

export type StepNeedingAttention = { stepId: string; title: string; changes: { id: string; title: string }[] };

/** A date before any step was published: emails report changed steps only, not steps added since. */
const PUBLISHED_BEFORE_ANY_TICK = "1970-01-01";

/**
 * One person's steps of one guide that need attention now, in guide order, judged by the pure
 * needs-attention function over their stored ticks and the guide's synced change rows. Used by
 * alert emails, which are built by the worker (no session), so the user id comes from the
 * subscription the person created while signed in.
 */
export async function stepsNeedingAttention(userId: string, guideSlug: string): Promise<StepNeedingAttention[]> {
  const [ticks, steps, changes] = await Promise.all([
    db.stepProgress.findMany({ where: { userId, guideSlug }, select: { stepId: true, done: true, markedAt: true } }),
    db.guideStep.findMany({ where: { guideSlug, retiredAt: null }, orderBy: { position: "asc" }, select: { stepId: true, title: true } }),
    db.change.findMany({ where: { guideSlug, severity: "action-needed" } }),
  ]);
  const progress: GuideProgress = Object.fromEntries(ticks.map((tick) => [tick.stepId, { done: tick.done, at: tick.markedAt.toISOString() }]));
  const notices: ChangeNotice[] = changes.map((change) => ({
    id: change.id,
    date: change.date.toISOString().slice(0, 10),
    guide: change.guideSlug,
    steps: change.touchesAllSteps ? "all" : change.stepIds,
    severity: "action-needed",
    title: change.title,
    summary: change.summary,
  }));
  const guide = { slug: guideSlug, steps: steps.map((step) => ({ id: step.stepId, publishedOn: PUBLISHED_BEFORE_ANY_TICK })) };
  const { changedSteps } = guideAttention(progress, guide, notices);
  return steps.flatMap((step) => {
    const touching = changedSteps.get(step.stepId);
    return touching ? [{ stepId: step.stepId, title: step.title, changes: touching.map(({ id, title }) => ({ id, title })) }] : [];
  });
}
