import type { ExtractedPage } from "@/lib/sources/extract-text";

export type CaptureVerdict = { ok: true } | { ok: false; why: string; botWall?: boolean };

const MIN_TEXT_CHARS = 200;
const BOT_WALL = [
  /verify (that )?you are (a )?human/i,
  /are you a robot/i,
  /checking (if the site connection is secure|your browser)/i,
  /just a moment\.\.\./i,
  /unusual traffic from your (computer )?network/i,
  /enable javascript and cookies to continue/i,
  /complete the (security )?check to access/i,
  /\bcaptcha\b/i,
  /access denied/i,
];
const COOKIE_WALL = [/\b(accept|allow|reject) all( cookies)?\b/i, /\bcookie (settings|preferences|policy|consent)\b/i, /\bwe use cookies\b/i];
const LOGIN = [/\b(sign|log) ?in to (continue|view|see|access)\b/i, /\bplease (sign|log) ?in\b/i, /\bforgot (your )?password\b/i];
const ERROR_PAGE = [/\b(page|article) (was )?not (be )?found\b/i, /\b404\b.*\bnot found\b/i, /\bsomething went wrong\b/i, /\binternal server error\b/i, /\bservice unavailable\b/i, /\bthis page (isn't|is not) available\b/i];
/** A handful of the commonest function words per language, for pages that do not declare theirs. */
const STOPWORDS: Record<string, string[]> = {
  en: ["the", "and", "to", "of", "you", "your", "is", "in", "for", "that", "with", "on", "this", "are", "can"],
  fr: ["le", "la", "les", "et", "des", "vous", "est", "pour", "dans", "une", "que", "sur", "vos"],
  de: ["der", "die", "und", "das", "sie", "ist", "nicht", "mit", "den", "ein", "zu", "auf", "ihre"],
  es: ["el", "la", "los", "las", "de", "que", "y", "en", "para", "con", "una", "por", "sus"],
};

/**
 * Decides whether a capture is the page we watch, or something standing in its way: an empty
 * page, a bot or cookie wall, a login or error page, or the page in another language. A capture
 * that is not ok is a failed check, never a version.
 */
export function captureVerdict(page: ExtractedPage, expectedLang: string, options: { selector?: string } = {}): CaptureVerdict {
  const text = page.text;
  const whole = `${page.title}\n${text}`;
  const short = text.length < 1500;
  if (options.selector && !page.selectorMatched) return { ok: false, why: `selector "${options.selector}" matched nothing` };
  if (short && BOT_WALL.some((pattern) => pattern.test(whole))) return { ok: false, why: "bot wall", botWall: true };
  if (short && COOKIE_WALL.filter((pattern) => pattern.test(whole)).length >= 2) return { ok: false, why: "cookie wall" };
  if (page.hasPasswordField || (short && LOGIN.some((pattern) => pattern.test(whole)))) return { ok: false, why: "login page" };
  if (short && ERROR_PAGE.some((pattern) => pattern.test(whole))) return { ok: false, why: "error page" };
  if (text.trim().length < MIN_TEXT_CHARS) return { ok: false, why: `empty capture (${text.trim().length} characters of text)` };
  const primary = expectedLang.toLowerCase().split("-")[0] ?? "en";
  const declared = page.lang?.split("-")[0];
  if (declared && declared !== primary) return { ok: false, why: `page is in "${page.lang}", expected "${expectedLang}"` };
  if (!declared) {
    const guessed = guessLanguage(text);
    if (guessed && guessed !== primary) return { ok: false, why: `page reads as "${guessed}", expected "${expectedLang}"` };
  }
  return { ok: true };
}

function guessLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return undefined;
  let best: { lang: string; share: number } | undefined;
  for (const [lang, stopwords] of Object.entries(STOPWORDS)) {
    const set = new Set(stopwords);
    const share = words.filter((word) => set.has(word)).length / words.length;
    if (!best || share > best.share) best = { lang, share };
  }
  return best && best.share >= 0.05 ? best.lang : undefined;
}
