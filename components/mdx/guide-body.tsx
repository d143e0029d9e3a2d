import { createElement, type ComponentType, type ReactNode } from "react";
import { getMDXComponent, type MDXContentProps } from "mdx-bundler/client";
import type { ChangeNotice } from "@/lib/progress/needs-attention";
import { formatCalendarDate } from "@/lib/content/dates";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { Step } from "@/components/mdx/steps";

/** One component per compiled MDX body, made once per process rather than on every render. */
const contentByCode = new Map<string, ComponentType<MDXContentProps>>();

function compiledContent(code: string): ComponentType<MDXContentProps> {
  let content = contentByCode.get(code);
  if (!content) {
    content = getMDXComponent(code);
    contentByCode.set(code, content);
  }
  return content;
}

/** Runs compiled MDX (a guide or a change entry) on the server, at build time for prerendered pages. */
export function MdxBody({ code, components = mdxComponents }: { code: string; components?: MDXContentProps["components"] }) {
  return <div className="prose-guide">{createElement(compiledContent(code), { components })}</div>;
}

/**
 * A guide's body. Each step touched by a change entry says so in the static HTML ("Changed on
 * <date>: <what changed>"), so the history is there without JavaScript too.
 */
export function GuideBody({ code, changes = [] }: { code: string; changes?: readonly ChangeNotice[] }) {
  function StepWithHistory(props: { id: string; title: string; children?: ReactNode }) {
    const history = changes.filter((change) => change.steps === "all" || change.steps.includes(props.id));
    return (
      <Step {...props}>
        {history.length > 0 ? (
          <ul className="mb-3 space-y-1 text-sm text-muted" aria-label="Changes to this step">
            {history.map((change) => (
              <li key={change.id}>
                <a href={`/changes/${change.id}`} className="text-accent underline">
                  Changed on {formatCalendarDate(change.date)}
                </a>
                : {change.summary}
              </li>
            ))}
          </ul>
        ) : null}
        {props.children}
      </Step>
    );
  }
  return <MdxBody code={code} components={{ ...mdxComponents, Step: StepWithHistory }} />;
}
