import type { ReactNode } from "react";
import { ChevronDown } from "lucide-react";

/**
 * A section that starts folded below the checklist ("Why this matters", the history, the sources):
 * a native disclosure, so it opens by keyboard and without JavaScript, and prints open.
 */
export function GuideFold({ title, id, children }: { title: string; id?: string; children?: ReactNode }) {
  return (
    <details id={id} className="group my-4 rounded-xl border border-line bg-surface" data-fold>
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 rounded-xl p-4 [&::-webkit-details-marker]:hidden">
        <h2 className="m-0 text-xl font-semibold tracking-tight">{title}</h2>
        <ChevronDown aria-hidden="true" className="size-5 shrink-0 text-muted transition-transform group-open:rotate-180" />
      </summary>
      <div className="px-4 pb-4 [&>p:first-child]:mt-0">{children}</div>
    </details>
  );
}
