import Link from "next/link";
import type { GuideStep } from "@/lib/content/guide-schema";
import type { ChangeNotice } from "@/lib/progress/needs-attention";
import { formatCalendarDate } from "@/lib/content/dates";
import { CHANGE_SEVERITY_LABELS } from "@/lib/content/change-constants";
import { GuideFold } from "@/components/mdx/guide-fold";

/** The guide's change entries, newest first, folded: what the platform changed, and which steps it touched. The page's only history list. */
export function GuideHistory({ changes, steps }: { changes: readonly ChangeNotice[]; steps: readonly GuideStep[] }) {
  if (changes.length === 0) return null;
  const titleOf = (id: string) => steps.find((step) => step.id === id)?.title ?? id;
  const newestFirst = [...changes].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
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
    </GuideFold>
  );
}
