/** One open review item as the queue needs it. */
export type OpenReviewItem = {
  id: string;
  guideSlug: string;
  stepId: string | null;
  sourceId: string | null;
  reason: string;
  priority: number;
  anchorPhrase: string | null;
  fromVersionId: string | null;
  toVersionId: string | null;
  createdAt: Date;
};

export type FlaggedGuide<Item extends OpenReviewItem = OpenReviewItem> = {
  guideSlug: string;
  /** The highest priority among its items: what orders the queue. */
  priority: number;
  /** When its oldest open item was flagged: among equal priorities, the longest waiting first. */
  since: Date;
  items: Item[];
};

/**
 * Open items grouped per guide, highest priority first (a missing anchor 300, reader reports 200,
 * other changes 100), then the longest waiting, then by slug so the order is stable. Items within a
 * guide follow the same order.
 */
export function groupReviewQueue<Item extends OpenReviewItem>(items: readonly Item[]): FlaggedGuide<Item>[] {
  const byGuide = new Map<string, Item[]>();
  for (const item of items) byGuide.set(item.guideSlug, [...(byGuide.get(item.guideSlug) ?? []), item]);
  const order = (a: { priority: number; since: Date }, b: { priority: number; since: Date }) => b.priority - a.priority || a.since.getTime() - b.since.getTime();
  return [...byGuide.entries()]
    .map(([guideSlug, guideItems]) => ({
      guideSlug,
      priority: Math.max(...guideItems.map((item) => item.priority)),
      since: new Date(Math.min(...guideItems.map((item) => item.createdAt.getTime()))),
      items: [...guideItems].sort((a, b) => order({ priority: a.priority, since: a.createdAt }, { priority: b.priority, since: b.createdAt }) || a.id.localeCompare(b.id)),
    }))
    .sort((a, b) => order(a, b) || a.guideSlug.localeCompare(b.guideSlug));
}

/** The step ids a guide's open items name, in first-seen order; empty when only the guide as a whole is flagged. */
export function stepsConcerned(items: readonly Pick<OpenReviewItem, "stepId">[]): string[] {
  return [...new Set(items.map((item) => item.stepId).filter((id): id is string => id !== null))];
}
