import { ExternalLink, Info } from "lucide-react";
import { CROSS_PLATFORM } from "@/lib/content/content-constants";
import type { CompiledGuide } from "@/lib/content/guide-schema";

const buttonClass = "inline-flex min-h-11 max-w-full items-center gap-2 rounded-lg px-4 py-2 font-semibold no-underline";

/**
 * Above the steps: the link straight to the setting when the platform has one; otherwise a plain
 * "there is no direct link" and, when the guide names it, the platform's nearest settings page.
 */
export function GuideShortcut({ guide }: { guide: Pick<CompiledGuide, "shortcut" | "nearestLink" | "platformName" | "platform"> }) {
  const { shortcut, nearestLink, platformName, platform } = guide;
  if (shortcut) {
    return (
      <p className="my-3" data-shortcut="direct">
        <a href={shortcut.href} target="_blank" rel="noopener noreferrer" className={`${buttonClass} bg-accent text-on-accent hover:bg-accent-strong`}>
          <span className="min-w-0 [overflow-wrap:anywhere]">{shortcut.label}</span>
          <ExternalLink aria-hidden="true" className="size-4 shrink-0" />
          <span className="sr-only">(opens in a new tab)</span>
        </a>
      </p>
    );
  }
  return (
    <div className="my-3 flex gap-2 rounded-lg border border-line bg-surface p-3 text-sm" data-shortcut={nearestLink ? "nearest" : "none"}>
      <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 space-y-2">
        {platform === CROSS_PLATFORM ? (
          <p>This routine covers every service you use, so there is no one settings page to open: each step says where to look.</p>
        ) : (
          <p>
            {platformName} has no link that opens this setting directly
            {nearestLink ? ". The nearest page:" : ", so follow the steps below."}
          </p>
        )}
        {nearestLink ? (
          <p>
            <a href={nearestLink.url} target="_blank" rel="noopener noreferrer" className={`${buttonClass} border border-line bg-canvas text-ink hover:bg-accent-soft`}>
              <span className="min-w-0 [overflow-wrap:anywhere]">{nearestLink.label}</span>
              <ExternalLink aria-hidden="true" className="size-4 shrink-0" />
              <span className="sr-only">(opens in a new tab)</span>
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
