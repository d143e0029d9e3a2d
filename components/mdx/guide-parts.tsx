import type { ReactNode } from "react";
import { ChevronRight, CircleCheck, ExternalLink, Info, TriangleAlert } from "lucide-react";
import type { Device } from "@/lib/content/content-constants";
import { DEVICE_LABELS } from "@/lib/content/labels";

/** Where to tap or click, in order: "Me › Settings & Privacy › Data privacy". */
export function MenuPath({ items }: { items: string[] }) {
  return (
    <div className="my-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      <span className="font-semibold text-muted">Menu path:</span>
      <ol aria-label="Menu path" className="flex list-none flex-wrap items-center gap-1 p-0">
        {items.map((item, index) => (
          <li key={`${index}-${item}`} className="flex items-center gap-1">
            {index > 0 ? <ChevronRight aria-hidden="true" className="size-4 text-muted" /> : null}
            <kbd className="rounded border border-line bg-canvas px-1.5 py-0.5 font-sans font-medium">{item}</kbd>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * A link straight to the setting. Opens in a new tab so the checklist stays open; sends no referrer.
 * kind="nearest": the platform has no address for the setting itself, so this is its nearest page.
 */
export function DeepLink({ href, kind = "direct", children }: { href: string; kind?: "direct" | "nearest"; children?: ReactNode }) {
  return (
    <p className="my-3">
      {kind === "nearest" ? <span className="mb-1 block text-sm text-muted">No link opens this setting directly. The nearest page:</span> : null}
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        className="inline-flex min-h-11 items-center gap-2 rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent no-underline hover:bg-accent-strong"
      >
        {children}
        <ExternalLink aria-hidden="true" className="size-4" />
        <span className="sr-only">(opens in a new tab)</span>
      </a>
    </p>
  );
}

/** The state a person should see when the step worked. */
export function Verify({ children }: { children?: ReactNode }) {
  return (
    <div className="my-3 flex gap-2 rounded-lg border border-done bg-done-soft p-3">
      <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-done" />
      <div>
        <p className="m-0 font-semibold">You should see</p>
        <div className="[&>p]:my-1">{children}</div>
      </div>
    </div>
  );
}

/** One device's instructions; `also` is set by the compile step when identical iPhone and Android instructions were merged into one. */
export function Device({ name, also, children }: { name: Device; also?: Device; children?: ReactNode }) {
  const label = also ? "Phone (iPhone and Android)" : DEVICE_LABELS[name];
  return (
    <div data-device-variant={also ? `${name} ${also}` : name} className="my-3 border-l-4 border-line pl-3">
      <p className="m-0 text-sm font-semibold text-muted">{label}</p>
      <div className="[&>p:first-child]:mt-1">{children}</div>
    </div>
  );
}

export function Callout({ tone = "info", children }: { tone?: "info" | "warning"; children?: ReactNode }) {
  const Icon = tone === "warning" ? TriangleAlert : Info;
  const colours = tone === "warning" ? "border-warn-line bg-warn-soft" : "border-note-line bg-note-soft";
  return (
    <aside className={`my-4 flex gap-2 rounded-lg border p-3 ${colours}`}>
      <Icon aria-hidden="true" className="mt-1 size-5 shrink-0" />
      <div className="[&>p]:my-1">{children}</div>
    </aside>
  );
}

export function Faq({ children }: { children?: ReactNode }) {
  return <div className="my-4 divide-y divide-line rounded-xl border border-line bg-surface">{children}</div>;
}

/** A native disclosure: keyboard-operable and readable without JavaScript. */
export function Question({ q, children }: { q: string; children?: ReactNode }) {
  return (
    <details className="group p-4">
      <summary className="cursor-pointer font-semibold marker:text-muted">{q}</summary>
      <div className="mt-2 [&>p]:my-2">{children}</div>
    </details>
  );
}
