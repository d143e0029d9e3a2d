import { createElement, type ComponentType } from "react";
import { getMDXComponent, type MDXContentProps } from "mdx-bundler/client";
import { mdxComponents } from "@/components/mdx/mdx-components";

/** One component per compiled guide, made once per process rather than on every render. */
const contentByCode = new Map<string, ComponentType<MDXContentProps>>();

function guideContent(code: string): ComponentType<MDXContentProps> {
  let content = contentByCode.get(code);
  if (!content) {
    content = getMDXComponent(code);
    contentByCode.set(code, content);
  }
  return content;
}

/** Runs a guide's compiled MDX on the server (at build time for prerendered pages). */
export function GuideBody({ code }: { code: string }) {
  return <div className="prose-guide">{createElement(guideContent(code), { components: mdxComponents })}</div>;
}
