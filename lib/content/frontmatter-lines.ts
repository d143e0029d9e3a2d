/**
 * Maps a frontmatter key path such as ["sources", 0, "url"] or ["steps", 2] to a file line, so
 * content issues can say `file:line`. Looks only inside the leading `---` block; falls back to
 * the parent key's line, then to line 1.
 */
export function frontmatterLine(source: string, keyPath: readonly PropertyKey[]): number {
  const lines = source.split("\n");
  const end = lines[0]?.trim() === "---" ? lines.findIndex((line, index) => index > 0 && line.trim() === "---") : -1;
  if (end === -1) return 1;
  const [top, index, sub] = keyPath;
  if (typeof top !== "string") return 1;
  const topLine = lines.findIndex((line, at) => at > 0 && at < end && line.startsWith(`${top}:`));
  if (topLine === -1) return 1;
  if (typeof index !== "number") return topLine + 1;
  let item = -1;
  for (let line = topLine + 1; line < end && /^(\s|-)/.test(lines[line] ?? ""); line += 1) {
    const text = lines[line] ?? "";
    if (/^\s*-(\s|$)/.test(text)) item += 1;
    if (item === index && (typeof sub !== "string" || new RegExp(`^\\s*(-\\s+)?${sub}:`).test(text))) return line + 1;
  }
  return topLine + 1;
}

/** The first line after the frontmatter block (1 when there is none). */
export function bodyStartLine(source: string): number {
  const lines = source.split("\n");
  if (lines[0]?.trim() !== "---") return 1;
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  return end === -1 ? 1 : end + 2;
}
