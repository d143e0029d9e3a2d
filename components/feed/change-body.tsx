import { MdxBody } from "@/components/mdx/guide-body";

/** A change entry's compiled MDX (only <Callout> may appear), rendered on the server at build time. */
export function ChangeBody({ code }: { code: string }) {
  return <MdxBody code={code} />;
}
