/**
 * Normalising extracted page text so that what changes on every request (relative "updated"
 * stamps, times of day, view counters, session tokens, whitespace, typographic quotes) does not
 * count as a change. Absolute dates in the body are kept: a moved deadline is a real change.
 * See docs/decisions/0013-source-watcher-storage.md.
 */
const RELATIVE_STAMP =
  /\b((last\s+)?(updated|modified|edited|reviewed|published)(\s+on)?:?\s*)(yesterday|today|(this|last)\s+(week|month|year)|((over|about|almost)\s+)?(a|an|one|\d+)\s+(second|minute|hour|day|week|month|year)s?\s+ago)\b/gi;
const STAMP_WITH_DATE =
  /\b((last\s+)?(updated|modified|edited|reviewed)(\s+on)?:?\s*)(\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})/g;
const TIME_OF_DAY = /\b\d{1,2}:\d{2}(:\d{2})?(\s?[ap]\.?m\.?)?(\s?(UTC|GMT))?(?![\w:])/gi;
const ISO_TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\b/g;
const COUNTER = /\b\d[\d,.\s]*\s+(views?|people found this helpful|out of \d+ found this helpful|comments?|likes?|reactions?|shares?|followers?|members? online)\b/gi;
/** Long runs of hex, base64 or base64url: session ids, nonces, cache busters. */
const TOKEN = /\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,}\b/g;

export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g, " ")
    .replace(ISO_TIMESTAMP, "<time>")
    .replace(STAMP_WITH_DATE, "$1<date>")
    .replace(RELATIVE_STAMP, "$1<date>")
    .replace(TIME_OF_DAY, "<time>")
    .replace(COUNTER, "<n> $1")
    .replace(TOKEN, "<token>")
    .split("\n")
    .map((line) => line.replace(/[ \t\r\f\v]+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

/** The looser form anchors fall back to: case, punctuation and spacing ignored. */
export function looseText(text: string): string {
  return normaliseText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
