import type { ChangeSeverity } from "@/lib/content/change-constants";
import type { GuideProgress } from "@/lib/progress/progress-schema";

/** What the needs-attention logic needs to know about a change entry. */
export type ChangeNotice = {
  id: string;
  /** YYYY-MM-DD; the change counts from the start of that day, UTC. */
  date: string;
  guide: string;
  steps: "all" | readonly string[];
  severity: ChangeSeverity;
  title: string;
  summary: string;
};

/** A guide's current steps with the day each was first published (from content/published-steps.json). */
export type GuideStepsForAttention = { slug: string; steps: readonly { id: string; publishedOn: string }[] };

export type GuideAttention = {
  /** Step id -> the action-needed changes dated after the person ticked it, oldest first. */
  changedSteps: Map<string, ChangeNotice[]>;
  /** Steps published after the person had completed the guide, and not done yet. */
  addedSteps: string[];
};

const dayStart = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);

function touches(change: ChangeNotice, stepId: string): boolean {
  return change.steps === "all" || change.steps.includes(stepId);
}

/**
 * The heart of OffSwitch: a step the person marked done at time t needs attention when an
 * `action-needed` change touching it is dated after t. A guide also needs attention when steps
 * were added after the person completed it. "Checked again" records a new tick time, which clears
 * the step. One pure function for anonymous (browser) and signed-in (account) progress alike.
 */
export function guideAttention(progress: GuideProgress | undefined, guide: GuideStepsForAttention, changes: readonly ChangeNotice[]): GuideAttention {
  const relevant = changes
    .filter((change) => change.guide === guide.slug && change.severity === "action-needed")
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  const changedSteps = new Map<string, ChangeNotice[]>();
  for (const step of guide.steps) {
    const mark = progress?.[step.id];
    if (!mark?.done) continue;
    const tickedAt = Date.parse(mark.at);
    const after = relevant.filter((change) => touches(change, step.id) && dayStart(change.date) > tickedAt);
    if (after.length > 0) changedSteps.set(step.id, after);
  }

  // A step is "added" for this person when they had started the guide before it was published
  // and had done every step that existed before it: the guide was complete as they knew it.
  // Judged by the earliest tick, so a later "Checked again" does not hide an added step.
  const isDone = (id: string) => progress?.[id]?.done === true;
  const tickTimes = guide.steps.filter((step) => isDone(step.id)).map((step) => Date.parse(progress?.[step.id]?.at ?? ""));
  const firstTick = Math.min(...tickTimes, Number.POSITIVE_INFINITY);
  const addedSteps = guide.steps
    .filter((step) => !isDone(step.id) && dayStart(step.publishedOn) > firstTick)
    .filter((step) => guide.steps.every((other) => dayStart(other.publishedOn) >= dayStart(step.publishedOn) || isDone(other.id)))
    .map((step) => step.id);

  return { changedSteps, addedSteps };
}

export function attentionCount(attention: GuideAttention): number {
  return attention.changedSteps.size + attention.addedSteps.length;
}
