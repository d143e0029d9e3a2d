import Link from "next/link";
import { Check } from "lucide-react";
import { changeFilterPath, type ChangeFilter } from "@/lib/content/change-paths";
import { sameFilter, type ChangeFilterOptions, type FilterOption } from "@/lib/content/change-views";

/**
 * Filters as plain links to prerendered pages, so they work without JavaScript. The current one
 * carries aria-current and a tick, not just a different colour.
 */
export function ChangeFilterNav({ options, current }: { options: ChangeFilterOptions; current: ChangeFilter }) {
  const groups: { name: string; pool: FilterOption[] }[] = [
    { name: "Severity", pool: options.severities },
    { name: "Platform", pool: options.platforms },
    { name: "Guide", pool: options.guides },
  ];
  return (
    <nav aria-label="Filter changes" className="space-y-3 rounded-xl border border-line bg-surface p-4" data-print="hide">
      <ul className="flex flex-wrap gap-2">
        <li>
          <FilterLink option={{ filter: { kind: "all" }, label: "All changes", count: options.total }} current={current} />
        </li>
      </ul>
      {groups.map(({ name, pool }) =>
        pool.length === 0 ? null : (
          <div key={name} className="flex flex-wrap items-baseline gap-x-3 gap-y-2">
            <p id={`filter-${name.toLowerCase()}`} className="w-20 shrink-0 text-sm font-semibold">
              {name}
            </p>
            <ul aria-labelledby={`filter-${name.toLowerCase()}`} className="flex flex-1 flex-wrap gap-2">
              {pool.map((option) => (
                <li key={changeFilterPath(option.filter)}>
                  <FilterLink option={option} current={current} />
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </nav>
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
