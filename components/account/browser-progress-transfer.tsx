"use client";

import { useState, type ChangeEvent } from "react";
import { parseProgressFile, toProgressFile } from "@/lib/progress/progress-file";
import { browserProgress } from "@/components/checklist/browser-progress-store";
import { importProgress } from "@/components/checklist/progress-sync";
import { Button } from "@/components/ui/button";

/** Export this browser's progress to a JSON file, and import such a file again (merged, later tick wins). */
export function BrowserProgressTransfer() {
  const [message, setMessage] = useState("");

  const exportFile = () => {
    const file = toProgressFile(browserProgress.read(), new Date());
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `offswitch-progress-${file.exportedAt.slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(url);
    setMessage("Progress exported.");
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = "";
    if (!chosen) return;
    const result = parseProgressFile(await chosen.text());
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    importProgress(result.progress);
    const steps = Object.values(result.progress).reduce((sum, guide) => sum + Object.keys(guide).length, 0);
    setMessage(`Imported ${steps} step${steps === 1 ? "" : "s"}. Where a step was changed in both places, the later change was kept.`);
  };

  return (
    <section aria-labelledby="transfer-heading" className="space-y-3">
      <h2 id="transfer-heading" className="text-xl font-semibold">
        Progress in this browser
      </h2>
      <p className="text-muted">Save your ticks to a file, or bring them from another browser.</p>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={exportFile}>
          Export progress
        </Button>
        <label className="inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-line bg-surface px-4 py-2 text-sm font-semibold focus-within:outline-3 focus-within:outline-focus hover:bg-accent-soft">
          Import progress
          <input type="file" accept="application/json,.json" className="sr-only" onChange={importFile} />
        </label>
      </div>
      <p role="status" className="text-sm">
        {message}
      </p>
    </section>
  );
}
