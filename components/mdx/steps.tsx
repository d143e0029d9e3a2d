import type { ReactNode } from "react";
import { ChecklistStatus } from "@/components/checklist/checklist-status";
import { ChecklistItem } from "@/components/checklist/checklist-item";
import { ChecklistBulkActions } from "@/components/checklist/checklist-bulk-actions";
import { DevicePicker } from "@/components/checklist/device-scope";

/** The checklist: one per guide (content:check enforces it). `after` is what follows the last step (GuideBody's "All done" panel). */
export function Steps({ children, after }: { children?: ReactNode; after?: ReactNode }) {
  return (
    <section aria-labelledby="steps-heading" className="mt-3 mb-6">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="steps-heading" className="text-2xl font-semibold tracking-tight">
          Steps
        </h2>
        <DevicePicker />
      </div>
      <noscript>
        <p className="mb-3 rounded-lg border border-warn-line bg-warn-soft p-3 text-sm">
          Ticking steps off needs JavaScript. Everything else on this page works without it.
        </p>
      </noscript>
      <ChecklistStatus />
      <ol className="space-y-3">{children}</ol>
      <ChecklistBulkActions />
      {after}
    </section>
  );
}

export function Step({ id, title, children }: { id: string; title: string; children?: ReactNode }) {
  return (
    <ChecklistItem stepId={id} title={title}>
      {children}
    </ChecklistItem>
  );
}
