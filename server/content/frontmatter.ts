import "server-only";
import matter from "gray-matter";
import type { z } from "zod";
import { frontmatterLine } from "@/lib/content/frontmatter-lines";
import { firstLine, yamlErrorLine } from "@/server/content/mdx-errors";

export type ReadFrontmatter =
  | { data: Record<string, unknown>; present: boolean; yamlError?: undefined }
  | { data?: undefined; present?: undefined; yamlError: { line: number; message: string } };

const YAML_LANGUAGES: ReadonlySet<string> = new Set(["", "yaml", "yml"]);

function refuseEngine(language: string) {
  return () => {
    throw new Error(`front matter must be YAML, not "${language}"`);
  };
}

/**
 * gray-matter options that parse YAML only. By default gray-matter runs `---js` / `---javascript`
 * front matter through `eval` (and would run any registered engine), so a contributed content file
 * could run code on the build host and CI. Every engine but YAML (js-yaml's safe loader) is
 * replaced by one that throws; a language with no engine at all throws in gray-matter itself.
 * Pass these to every gray-matter call, mdx-bundler's included.
 */
export const YAML_ONLY_MATTER_OPTIONS = {
  engines: { javascript: refuseEngine("javascript"), json: refuseEngine("json"), coffee: refuseEngine("coffee") },
} satisfies matter.GrayMatterOption<string, never>;

/** The language named after the opening `---` ("js" for `---js`), or "" when none; undefined when there is no front matter. */
export function frontmatterLanguage(source: string): string | undefined {
  // gray-matter reads front matter only when the file starts with `---` and the next character is not another `-`.
  if (!source.startsWith("---") || source.charAt(3) === "-") return undefined;
  const firstLineEnd = source.search(/\r?\n/);
  return source.slice(3, firstLineEnd === -1 ? undefined : firstLineEnd).trim();
}

/** Parses a content file's YAML frontmatter; a YAML error, or front matter in any other language, comes back with its file line. */
export function readFrontmatter(source: string): ReadFrontmatter {
  const language = frontmatterLanguage(source);
  if (language !== undefined && !YAML_LANGUAGES.has(language.toLowerCase())) {
    return { yamlError: { line: 1, message: `frontmatter must be YAML (a plain --- line): "---${language}" is refused, front matter is never run as code` } };
  }
  try {
    // Options also bypass gray-matter's cache, whose hits come back without the raw `matter` text.
    const parsed = matter(source, YAML_ONLY_MATTER_OPTIONS);
    return { data: parsed.data, present: (parsed.matter ?? "").trim() !== "" };
  } catch (cause) {
    return { yamlError: { line: yamlErrorLine(cause), message: `frontmatter is not valid YAML: ${firstLine(cause)}` } };
  }
}

/** A content file's body with its front matter removed, parsed as YAML only (or not at all). */
export function contentBody(source: string): string {
  return matter(source, YAML_ONLY_MATTER_OPTIONS).content;
}

/** Turns zod's frontmatter issues into `line: message` pairs an editor can act on. */
export function frontmatterProblems(error: z.ZodError, source: string, data: Record<string, unknown>): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  for (const problem of error.issues) {
    const keys = problem.code === "unrecognized_keys" ? problem.keys.map((key) => [...problem.path, key]) : [problem.path];
    for (const keyPath of keys) {
      const where = keyPath.join(".") || "frontmatter";
      const missing = keyPath.length === 1 && data[String(keyPath[0])] === undefined;
      const message = problem.code === "unrecognized_keys" ? `unknown key "${where}"` : missing ? `${where} is required` : `${where}: ${problem.message}`;
      problems.push({ line: frontmatterLine(source, keyPath), message: `frontmatter ${message}` });
    }
  }
  return problems;
}
