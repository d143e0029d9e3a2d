/** What makes a signed-in person follow a guide: an alert for the guide, for its platform, or for every change. Free of zod: browser code reads it. */
export const GUIDE_FOLLOWING = ["guide", "platform", "all"] as const;
export type GuideFollowing = (typeof GUIDE_FOLLOWING)[number] | null;

export function isGuideFollowing(value: unknown): value is Exclude<GuideFollowing, null> {
  return (GUIDE_FOLLOWING as readonly unknown[]).includes(value);
}
