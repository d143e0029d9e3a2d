import { randomUUID } from "node:crypto";
import { db } from "@/server/db/client";

/** Unique slugs per test, so tests sharing the run's database never see each other's rows. */
export const unique = (name: string) => `${name}-${randomUUID().slice(0, 8)}`;

/** A guide on its own platform with one change entry, written directly (a content sync would retire other tests' steps). */
export async function guideWithChange(options: { platform?: string } = {}) {
  const guideSlug = unique("guide");
  const platform = options.platform ?? unique("platform");
  await db.guide.create({ data: { slug: guideSlug, title: `Guide ${guideSlug}`, platform, lastVerified: new Date("2026-10-30"), syncedAt: new Date() } });
  const change = await db.change.create({
    data: {
      id: unique("2026-11-01-moved"),
      guideSlug,
      date: new Date("2026-11-01"),
      kind: "setting-moved",
      severity: "action-needed",
      title: "The AI training toggle moved",
      summary: "It is now under Data privacy.",
      touchesAllSteps: true,
      stepIds: [],
    },
  });
  return { guideSlug, platform, change };
}
