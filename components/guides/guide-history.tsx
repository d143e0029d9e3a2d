import Link from "next/link";
import type { GuideStep } from "@/lib/content/guide-schema";
import type { ChangeNotice } from "@/lib/progress/needs-attention";
import { formatCalendarDate } from "@/lib/content/dates";
import { CHANGE_SEVERITY_LABELS } from "@/lib/content/change-constants";
import { changeFilterPath } from "@/lib/content/change-paths";
import { GuideFold } from "@/components/mdx/guide-fold";

/** How many entries the guide itself shows; its whole history is on /changes/guide/<slug>. */
export const GUIDE_HISTORY_LIMIT = 5;

/**
 * The guide's newest change entries, folded below the checklist: what the platform changed, and
 * which steps it touched. A long history is summarised here and complete on the guide's changes page.
 */
export function GuideHistory({ guide, changes, steps }: { guide: string; changes: readonly ChangeNotice[]; steps: readonly GuideStep[] }) {
  if (changes.length === 0) return null;
  const titleOf = (id: string) => steps.find((step) => step.id === id)?.title ?? id;
  const newestFirst = [...changes].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id)).slice(0, GUIDE_HISTORY_LIMIT);
  return (
    <GuideFold id="history" title={`Changes to this setting (${changes.length})`}>
      <ol className="space-y-3">
        {newestFirst.map((change) => (
          <li key={change.id} className="rounded-xl border border-line bg-surface p-4">
            <p className="text-sm text-muted">
              <time dateTime={change.date}>{formatCalendarDate(change.date)}</time> · {CHANGE_SEVERITY_LABELS[change.severity]}
            </p>
            <p className="font-semibold">
              <Link href={`/changes/${change.id}`} className="text-accent underline">
                {change.title}
              </Link>
            </p>
            <p>{change.summary}</p>
            <p className="text-sm text-muted">
              Steps: {change.steps === "all" ? "all steps" : change.steps.map(titleOf).join(", ")}
            </p>
          </li>
        ))}
      </ol>
      <p className="mt-3">
        <Link href={changeFilterPath({ kind: "guide", slug: guide })} className="text-accent underline">
          {changes.length > newestFirst.length ? `All ${changes.length} changes to this guide` : "Changes to this guide, with feeds and alerts"}
        </Link>
      </p>
    </GuideFold>
  );
}
