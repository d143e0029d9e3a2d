import "server-only";
import { createProcessor } from "@mdx-js/mdx";
import matter from "gray-matter";
import type { Root } from "mdast";

const processor = createProcessor();

/** The MDX tree of a content file's body (frontmatter removed), for reading details the compiled bundle does not keep. */
export function parseMdxBody(source: string): Root {
  return processor.parse(matter(source, {}).content) as Root;
}
