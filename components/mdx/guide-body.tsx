import { createElement, type ComponentType, type ReactNode } from "react";
import { getMDXComponent, type MDXContentProps } from "mdx-bundler/client";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { Step, Steps } from "@/components/mdx/steps";
import { GuideFold } from "@/components/mdx/guide-fold";
import { StepReportLink } from "@/components/reader-reports/step-report-link";

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
 * A guide's body, laid out by the compile step (lib/content/guide-layout.ts): the steps first, then
 * "Check it worked", then `afterCheck` (the alert form), then "Why this matters" folded, then the
 * questions. `completion` shows under the last step once every step is ticked. With `guideSlug`,
 * every step ends with a link to report that it does not match what the reader sees.
 */
export function GuideBody({ code, completion, afterCheck, guideSlug }: { code: string; completion?: ReactNode; afterCheck?: ReactNode; guideSlug?: string }) {
  function GuideSteps(props: { children?: ReactNode }) {
    return <Steps after={completion}>{props.children}</Steps>;
  }
  function AfterCheck() {
    return <>{afterCheck}</>;
  }
  function GuideStep(props: { id: string; title: string; children?: ReactNode }) {
    return (
      <Step id={props.id} title={props.title}>
        {props.children}
        {guideSlug ? <StepReportLink target={{ guide: guideSlug, step: props.id }} title={props.title} /> : null}
      </Step>
    );
  }
  return <MdxBody code={code} components={{ ...mdxComponents, Steps: GuideSteps, Step: GuideStep, GuideFold, AfterCheck }} />;
}
