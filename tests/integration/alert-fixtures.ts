import { randomUUID } from "node:crypto";
import { confirmSubscription, createSubscription } from "@/server/alerts/subscriptions";
import { db } from "@/server/db/client";

/** Unique slugs per test, so tests sharing the run's database never see each other's rows. */
export const unique = (name: string) => `${name}-${randomUUID().slice(0, 8)}`;

type GuideWithChangeOptions = {
  platform?: string;
  /** The guide's steps; none by default. */
  steps?: readonly { stepId: string; title: string }[];
  /** The steps the change touches; every step when left out. */
  touchedStepIds?: string[];
};

/**
 * A guide on its own platform with one action-needed change entry dated 2026-11-01, written
 * directly (a content sync would retire other tests' steps).
 */
export async function guideWithChange(options: GuideWithChangeOptions = {}) {
  const guideSlug = unique("guide");
  const platform = options.platform ?? unique("platform");
  await db.guide.create({ data: { slug: guideSlug, title: `Guide ${guideSlug}`, platform, lastVerified: new Date("2026-10-30"), syncedAt: new Date() } });
  if (options.steps) await db.guideStep.createMany({ data: options.steps.map((step, position) => ({ guideSlug, position, ...step })) });
  const change = await db.change.create({
    data: {
      id: unique("2026-11-01-moved"),
      guideSlug,
      date: new Date("2026-11-01"),
      kind: "setting-moved",
      severity: "action-needed",
      title: "The AI training toggle moved",
      summary: "It is now under Data privacy.",
      touchesAllSteps: options.touchedStepIds === undefined,
      stepIds: options.touchedStepIds ?? [],
    },
  });
  return { guideSlug, platform, change };
}

/** An anonymous subscription for a fresh address, confirmed through its emailed token. */
export async function confirmedSubscription(request: { scope: "platform" | "guide"; scopeSlug: string; cadence: "immediate" | "weekly" }) {
  const email = `${unique("r")}@example.test`;
  const created = await createSubscription({ ...request, email });
  await confirmSubscription(created.confirmToken);
  return { ...created, email };
}
