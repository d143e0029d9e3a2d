import "server-only";
import { createProcessor } from "@mdx-js/mdx";
import type { Root } from "mdast";
import { contentBody } from "@/server/content/frontmatter";

const processor = createProcessor();

/** The MDX tree of a content file's body (frontmatter removed, read as YAML only), for reading details the compiled bundle does not keep. */
export function parseMdxBody(source: string): Root {
  return processor.parse(contentBody(source)) as Root;
}
