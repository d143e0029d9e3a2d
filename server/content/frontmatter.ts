import "server-only";
import matter from "gray-matter";
import type { z } from "zod";
import { frontmatterLine } from "@/lib/content/frontmatter-lines";
import { firstLine, yamlErrorLine } from "@/server/content/mdx-errors";

export type ReadFrontmatter =
  | { data: Record<string, unknown>; present: boolean; yamlError?: undefined }
  | { data?: undefined; present?: undefined; yamlError: { line: number; message: string } };

/** Parses a content file's YAML frontmatter; a YAML error comes back with its file line. */
export function readFrontmatter(source: string): ReadFrontmatter {
  try {
    // Options bypass gray-matter's cache, whose hits come back without the raw `matter` text.
    const parsed = matter(source, {});
    return { data: parsed.data, present: (parsed.matter ?? "").trim() !== "" };
  } catch (cause) {
    return { yamlError: { line: yamlErrorLine(cause), message: `frontmatter is not valid YAML: ${firstLine(cause)}` } };
  }
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
