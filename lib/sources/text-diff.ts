import { createTwoFilesPatch, diffLines } from "diff";

export type TextDiffSummary = { addedLines: number; removedLines: number; patch: string };

/** A readable line diff between two versions of a source's text (unified patch plus counts). */
export function diffTexts(before: string, after: string, labels: { before: string; after: string } = { before: "before", after: "after" }): TextDiffSummary {
  let addedLines = 0;
  let removedLines = 0;
  for (const part of diffLines(ensureNewline(before), ensureNewline(after))) {
    if (part.added) addedLines += part.count ?? 0;
    if (part.removed) removedLines += part.count ?? 0;
  }
  const patch = createTwoFilesPatch(labels.before, labels.after, ensureNewline(before), ensureNewline(after), undefined, undefined, { context: 2 });
  return { addedLines, removedLines, patch };
}

function ensureNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}
