import { Radar } from "lucide-react";

/**
 * What the source watcher last saw of the guide's official pages. Server-rendered text only (no
 * client JS on the guide page); on a prerendered page it is as of the build, and says so.
 */
export function SourceWatchNote({ sentence }: { sentence: string | undefined }) {
  if (!sentence) return null;
  return (
    <p className="flex items-start gap-1 text-sm text-muted" data-testid="source-watch-note">
      <Radar aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>
        {sentence} <span className="whitespace-nowrap">(As of this page&apos;s last update.)</span>
      </span>
    </p>
  );
}
