import Link from "next/link";
import { Check, SlidersHorizontal } from "lucide-react";
import { changeFilterPath, type ChangeFilter } from "@/lib/content/change-paths";
import { offeredOptions, sameFilter, type ChangeFilterOptions, type FilterOption } from "@/lib/content/change-views";

/**
 * Filters as plain links to prerendered pages, so they work without JavaScript, folded into one
 * line (a native <details>) so the entries come first on a phone. Choices with no entries are left
 * out. The current one carries aria-current and a tick, not just a different colour.
 */
export function ChangeFilterNav({ options, current, currentLabel }: { options: ChangeFilterOptions; current: ChangeFilter; currentLabel: string }) {
  const groups: { name: string; pool: FilterOption[] }[] = [
    { name: "Severity", pool: options.severities },
    { name: "Kind", pool: options.kinds },
    { name: "Platform", pool: options.platforms },
    { name: "Guide", pool: options.guides },
    { name: "Region", pool: options.regions },
  ];
  return (
    <details className="group rounded-xl border border-line bg-surface" data-print="hide">
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-4 py-2 text-sm font-semibold">
        <SlidersHorizontal aria-hidden="true" className="size-4 text-accent" />
        Filter
        <span className="font-normal text-muted">
          · {current.kind === "all" ? "all changes" : currentLabel}
        </span>
      </summary>
      <nav aria-label="Filter changes" className="space-y-3 border-t border-line p-4">
        <ul className="flex flex-wrap gap-2">
          <li>
            <FilterLink option={{ filter: { kind: "all" }, label: "All changes", count: options.total }} current={current} />
          </li>
        </ul>
        {groups.map(({ name, pool }) => {
          const offered = offeredOptions(pool, current);
          if (offered.length === 0) return null;
          const id = `filter-${name.toLowerCase()}`;
          return (
            <div key={name} className="flex flex-wrap items-baseline gap-x-3 gap-y-2">
              <p id={id} className="w-20 shrink-0 text-sm font-semibold">
                {name}
              </p>
              <ul aria-labelledby={id} className="flex flex-1 flex-wrap gap-2">
                {offered.map((option) => (
                  <li key={changeFilterPath(option.filter)}>
                    <FilterLink option={option} current={current} />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </nav>
    </details>
  );
}

function FilterLink({ option, current }: { option: FilterOption; current: ChangeFilter }) {
  const active = sameFilter(option.filter, current);
  return (
    <Link
      href={changeFilterPath(option.filter)}
      aria-current={active ? "page" : undefined}
      className={`inline-flex min-h-9 items-center gap-1 rounded-full border px-3 py-1 text-sm no-underline ${
        active ? "border-accent bg-accent font-semibold text-on-accent" : "border-line hover:bg-accent-soft"
      }`}
    >
      {active ? <Check aria-hidden="true" className="size-4" /> : null}
      {option.label}
      <span className={active ? undefined : "text-muted"}>({option.count})</span>
    </Link>
  );
}
