import { TriangleAlert } from "lucide-react";
import type { GuideSummary } from "@/lib/content/guide-schema";
import { formatCalendarDate } from "@/lib/content/dates";
import { OPT_OUT_NOTICES } from "@/lib/content/labels";

/**
 * Says plainly when there is nothing to switch off, so nobody hunts for a setting that does not
 * (or no longer) exist. Renders nothing for the normal case, where an opt-out is available.
 */
export function OptOutNotice({ guide, compact = false }: { guide: Pick<GuideSummary, "optOut" | "optOutRemovedOn">; compact?: boolean }) {
  if (guide.optOut === "available") return null;
  const removedOn = guide.optOut === "removed" && guide.optOutRemovedOn ? guide.optOutRemovedOn : undefined;
  return (
    <p className={`flex items-start gap-2 rounded-lg border border-warn-line bg-warn-soft font-semibold ${compact ? "p-2 text-sm" : "p-3"}`}>
      <TriangleAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <span>
        {OPT_OUT_NOTICES[guide.optOut]}
        {removedOn ? (
          <>
            {" on "}
            <time dateTime={removedOn}>{formatCalendarDate(removedOn)}</time>
          </>
        ) : null}
        .
      </span>
    </p>
  );
}
