/**
 * Normalising extracted page text so that what changes on every request (relative "updated"
 * stamps, times of day, view counters, session tokens, whitespace, typographic quotes) does not
 * count as a change. Absolute dates in the body are kept: a moved deadline is a real change.
 * See docs/decisions/0013-source-watcher-storage.md.
 */
const RELATIVE_STAMP =
  /\b((last\s+)?(updated|modified|edited|reviewed|published)(\s+on)?:?\s*)(yesterday|today|(this|last)\s+(week|month|year)|((over|about|almost)\s+)?(a|an|one|\d+)\s+(second|minute|hour|day|week|month|year)s?\s+ago)\b/gi;
const MONTH = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)";
/** "Updated 3 December 2026", "Last updated: Dec. 3, 2026", "Reviewed on 2026-12-03": any case, any of these date shapes. */
const STAMP_WITH_DATE = new RegExp(
  `\\b((last\\s+)?(updated|modified|edited|reviewed)(\\s+on)?:?\\s*)(\\d{1,2}\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4})\\b`,
  "gi",
);
const TIME_OF_DAY = /\b\d{1,2}:\d{2}(:\d{2})?(\s?[ap]\.?m\.?)?(\s?(UTC|GMT))?(?![\w:])/gi;
const ISO_TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\b/g;
const COUNTER = /\b\d[\d,.\s]*\s+(views?|people found this helpful|comments?|likes?|reactions?|shares?|followers?|members? online)\b/gi;
/** "12 out of 40 found this helpful": both numbers move. */
const HELPFUL_RATIO = /\b\d[\d,.]*\s+(out\s+)?of\s+\d[\d,.]*\s+(people\s+)?found this (helpful|useful)\b/gi;
/** Invisible characters some CMSs put inside words (soft hyphens, zero-width spaces and joiners, BOM): removed, so words stay whole. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Control characters other than tab and line feed: never text, and Postgres refuses NUL in text. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
/** Long runs of hex, base64 or base64url: session ids, nonces, cache busters. */
const TOKEN = /\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,}\b/g;

/**
 * Bump when extraction or normalising changes what text a page yields: the watcher then re-reads
 * every source once as "rehinted" (adopted, nothing flagged) instead of seeing every page change.
 */
export const TEXT_READING_VERSION = 2;

export function normaliseText(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .replace(CONTROL, "")
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(ISO_TIMESTAMP, "<time>")
    .replace(STAMP_WITH_DATE, "$1<date>")
    .replace(RELATIVE_STAMP, "$1<date>")
    .replace(TIME_OF_DAY, "<time>")
    .replace(HELPFUL_RATIO, "<n> of <n> found this $3")
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
