import { Fragment, type ReactNode } from "react";
import Link from "next/link";

/** One step of a breadcrumb trail: a link, or (without href) the page itself. */
export type Crumb = { label: ReactNode; href?: string };

/** Where a page sits: links up the site, separated by slashes; hidden on paper. */
export function Breadcrumb({ trail, className = "" }: { trail: readonly Crumb[]; className?: string }) {
  return (
    <nav aria-label="Breadcrumb" className={`text-sm ${className}`} data-print="hide">
      <ol className="flex flex-wrap gap-2 text-muted">
        {trail.map((crumb, index) => (
          <Fragment key={crumb.href ?? "current"}>
            {index > 0 ? <li aria-hidden="true">/</li> : null}
            {crumb.href ? (
              <li>
                <Link href={crumb.href} className="text-accent underline">
                  {crumb.label}
                </Link>
              </li>
            ) : (
              <li aria-current="page">{crumb.label}</li>
            )}
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}
