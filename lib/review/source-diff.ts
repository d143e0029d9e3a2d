import { structuredPatch } from "diff";

/** A diff line as the page shows it: "+" added, "-" removed, " " context, "@" a hunk header. */
export type DiffLine = { kind: "+" | "-" | " " | "@"; text: string };

export type SourceDiff = {
  sourceId: string;
  url: string;
  publisher: string;
  title: string;
  /** Null on a first check: nothing to compare with. */
  fromSeen: Date | null;
  toSeen: Date;
  addedLines: number;
  removedLines: number;
  lines: DiffLine[];
  /** True when the diff was cut to MAX_DIFF_LINES. */
  truncated: boolean;
};

const MAX_DIFF_LINES = 400;

/** The lines an editor reads: hunks with two lines of context, at most MAX_DIFF_LINES of them. */
export function inlineDiff(before: string, after: string): { lines: DiffLine[]; added: number; removed: number; truncated: boolean } {
  const patch = structuredPatch("before", "after", before.endsWith("\n") ? before : `${before}\n`, after.endsWith("\n") ? after : `${after}\n`, undefined, undefined, { context: 2 });
  const lines: DiffLine[] = [];
  let added = 0;
  let removed = 0;
  for (const hunk of patch.hunks) {
    lines.push({ kind: "@", text: `Lines ${hunk.oldStart}–${hunk.oldStart + Math.max(hunk.oldLines - 1, 0)} before, ${hunk.newStart}–${hunk.newStart + Math.max(hunk.newLines - 1, 0)} now` });
    for (const line of hunk.lines) {
      const kind = line[0] === "+" ? "+" : line[0] === "-" ? "-" : " ";
      if (line.startsWith("\\")) continue;
      if (kind === "+") added += 1;
      if (kind === "-") removed += 1;
      lines.push({ kind, text: line.slice(1) });
    }
  }
  return { lines: lines.slice(0, MAX_DIFF_LINES), added, removed, truncated: lines.length > MAX_DIFF_LINES };
}

