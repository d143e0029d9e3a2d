import "server-only";

/**
 * Turns what gray-matter (js-yaml) and mdx-bundler (esbuild) throw into a file line and a short
 * message. The same rules as compile-guide.ts, shared here for change entries.
 */
export function firstLine(cause: unknown): string {
  return (cause instanceof Error ? cause.message : String(cause)).split("\n")[0] ?? "unknown error";
}

export function yamlErrorLine(cause: unknown): number {
  const mark = (cause as { mark?: { line?: number } }).mark;
  // js-yaml counts from 0 inside the frontmatter, which starts on the file's second line.
  return typeof mark?.line === "number" ? mark.line + 2 : 1;
}

type EsbuildFailure = { errors?: { text?: string; location?: { line?: number } | null; detail?: unknown }[] };

export function mdxErrorLine(cause: unknown): number {
  // mdx-bundler hands the whole file, frontmatter included, to MDX, so lines are file lines.
  const failure = (cause as EsbuildFailure).errors?.[0];
  const detail = failure?.detail as { line?: number; place?: { line?: number } } | undefined;
  return detail?.line ?? detail?.place?.line ?? failure?.location?.line ?? 1;
}

export function mdxErrorMessage(cause: unknown): string {
  const text = (cause as EsbuildFailure).errors?.[0]?.text ?? firstLine(cause);
  // esbuild wraps MDX's message as "Cannot process MDX file…:\n 22:32: <reason>"; keep the reason.
  const reason = text.split("\n").map((line) => line.trim()).find((line) => /^\d+:\d+/.test(line));
  return (reason ?? text).replace(/^\d+:\d+(-\d+:\d+)?:\s*/, "");
}
