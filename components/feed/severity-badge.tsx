import { Info, TriangleAlert } from "lucide-react";
import { CHANGE_SEVERITY_LABELS, type ChangeSeverity } from "@/lib/content/change-constants";

/** "Action needed" stands out by its icon, weight and border as well as its colour. */
export function SeverityBadge({ severity }: { severity: ChangeSeverity }) {
  if (severity === "action-needed") {
    return (
      <span className="inline-flex items-center gap-1 rounded-full border-2 border-warn-line bg-warn-soft px-2.5 py-0.5 text-sm font-bold">
        <TriangleAlert aria-hidden="true" className="size-4" />
        {CHANGE_SEVERITY_LABELS[severity]}
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-line px-2.5 py-0.5 text-sm text-muted">
      <Info aria-hidden="true" className="size-4" />
      {CHANGE_SEVERITY_LABELS[severity]}
    </span>
  );
}
