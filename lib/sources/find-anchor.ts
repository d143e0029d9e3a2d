import { looseText, normaliseText } from "@/lib/sources/normalise-text";

export type AnchorMatch = "exact" | "normalised" | "missing";

/**
 * Looks for a step's anchor phrase in a page's text: exactly as written (typographic quotes and
 * spacing aside), then ignoring case and punctuation. Always on word boundaries, never fuzzy: a
 * phrase that is not there is missing, and a person decides what it means.
 */
export function findAnchor(pageText: string, phrase: string): AnchorMatch {
  if (containsWords(normaliseText(pageText).replace(/\n/g, " "), normaliseText(phrase).replace(/\n/g, " "))) return "exact";
  const loosePhrase = looseText(phrase);
  if (loosePhrase.length === 0) return "missing";
  return ` ${looseText(pageText)} `.includes(` ${loosePhrase} `) ? "normalised" : "missing";
}

function containsWords(text: string, phrase: string): boolean {
  if (phrase.length === 0) return false;
  const word = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    const startOk = !word.test(phrase[0] ?? "") || before === undefined || !word.test(before);
    const endOk = !word.test(phrase.at(-1) ?? "") || after === undefined || !word.test(after);
    if (startOk && endOk) return true;
  }
  return false;
}
