import "server-only";
import { bundleMDX } from "mdx-bundler";
import type { Root } from "mdast";
import { YAML_ONLY_MATTER_OPTIONS } from "@/server/content/frontmatter";
import { mdxErrorLine, mdxErrorMessage } from "@/server/content/mdx-errors";

export type BundledMdx = { code: string; syntaxError?: undefined } | { code?: undefined; syntaxError: { line: number; message: string } };

/**
 * Compiles one content file with mdx-bundler. `structurePass` runs first, so it sees the tree
 * before remark-mdx-frontmatter turns the YAML into an export. A syntax error comes back as a
 * line and a message instead of a throw, so a check can report every file.
 */
export async function bundleContentMdx(source: string, structurePass: () => (tree: Root) => void): Promise<BundledMdx> {
  try {
    const bundled = await bundleMDX({
      source,
      // mdx-bundler reads the front matter with gray-matter too: YAML only, never `---js` through eval.
      grayMatterOptions: (options) => ({ ...options, ...YAML_ONLY_MATTER_OPTIONS }),
      esbuildOptions: (options) => ({ ...options, logLevel: "silent" }),
      mdxOptions(options) {
        options.remarkPlugins = [structurePass, ...(options.remarkPlugins ?? [])];
        return options;
      },
    });
    return { code: bundled.code };
  } catch (cause) {
    return { syntaxError: { line: mdxErrorLine(cause), message: `MDX syntax error: ${mdxErrorMessage(cause)}` } };
  }
}
