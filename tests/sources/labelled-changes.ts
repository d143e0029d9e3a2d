/**
 * A labelled set of hand-made changes to one help page (our own wording, modelled on the shape of
 * platforms' help centres: chrome, an article with numbered steps, a sidebar, a footer). Each case
 * says whether an editor should look ("real": wording a guide relies on, a default, a date, a
 * region, a step) or not ("noise": stamps, counters, tokens, banners, markup, chrome), and which
 * anchors should be reported missing after it. Pages are functions of the request number so noise
 * can rotate between fetches. Used by tests/integration/source-precision.test.ts and
 * bench/source-precision.ts.
 */
import type { ScriptedPage } from "@/tests/sources/scripted-site";

export type LabelledChange = {
  id: string;
  label: "real" | "noise";
  /** What happened, in an editor's words. */
  what: string;
  before: ScriptedPage;
  after: ScriptedPage;
  /** Anchors (keys of ANCHORS) that should be missing once the change is in. */
  missingAfter?: AnchorKey[];
};

export const ANCHORS = {
  settings: "Settings & Privacy",
  dataPrivacy: "Data privacy",
  section: "Data for Generative AI Improvement",
  toggle: "Use my data for training content creation AI models",
} as const;
export type AnchorKey = keyof typeof ANCHORS;

type Parts = {
  title: string;
  intro: string;
  steps: string[];
  defaults: string;
  effect: string;
  endState: string;
  retention: string;
  /** Extra HTML at the end of the article (noise lines, notices). */
  extra: string;
  nav: string;
  aside: string;
  footer: string;
  banner: string;
  head: string;
};

const BASE: Parts = {
  title: "Control whether your data trains generative AI",
  intro: "You can choose whether the platform uses your posts and profile data to train the generative AI models that create content. The setting applies to your whole account on the web and in the app.",
  steps: [
    "Click your profile photo, then Settings &amp; Privacy.",
    "Select Data privacy.",
    "Under How we use your data, select Data for Generative AI Improvement.",
    "Turn off the toggle labelled “Use my data for training content creation AI models”.",
  ],
  defaults: "The setting is on by default for members in most regions. In the EU, EEA and Switzerland it is off by default.",
  effect: "Opting out does not affect training that has already taken place. The change applies from 3 November 2025.",
  endState: "When the setting is off, the toggle turns grey and reads Off.",
  retention: "We keep data used for training for up to 30 days after you turn the setting off.",
  extra: "",
  nav: `<a href="/">Help Center</a> <a href="/signin">Sign in</a> <a href="/contact">Contact us</a>`,
  aside: `<h3>Related articles</h3><ul><li>Download your data</li><li>Close your account</li><li>Manage ad preferences</li></ul>`,
  footer: "© 2025 Example Corp. <a href='/terms'>Terms</a> <a href='/privacy'>Privacy</a> <a href='/cookies'>Cookies</a>",
  banner: "",
  head: "",
};

function render(change: Partial<Parts> = {}): string {
  const p = { ...BASE, ...change };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Help Center</title>${p.head}</head><body>${p.banner}<header><nav>${p.nav}</nav></header><main><article><h1>${p.title}</h1><p>${p.intro}</p><h2>Turn the setting off</h2><ol>${p.steps.map((step) => `<li>${step}</li>`).join("")}</ol><p>${p.defaults}</p><p>${p.effect}</p><p>${p.endState}</p><p>${p.retention}</p>${p.extra}</article><aside>${p.aside}</aside></main><footer>${p.footer}</footer></body></html>`;
}

const fixed = (change: Partial<Parts> = {}): ScriptedPage => {
  const html = render(change);
  return () => html;
};
const steps = (edit: (steps: string[]) => string[]) => edit([...BASE.steps]);
const replaceStep = (index: number, text: string) => steps((list) => list.map((step, i) => (i === index ? text : step)));
/** A hex token that differs on every request, like a session id. */
const token = (n: number) => `${(n * 2654435761 + 0x9e3779b9).toString(16).padStart(12, "a")}f${(n * 40503 + 7).toString(36)}9c2e7b1d`;
/** Noise that holds for two fetches in a row, then moves on (a stamp that changed since the last cycle and stays a while). */
const pair = (page: ScriptedPage): ScriptedPage => (n) => page(Math.floor(n / 2));
const cookieBanner = (acceptFirst: boolean) =>
  `<div class="cookie-banner" role="dialog"><p>We use cookies to make this site work and to measure how it is used.</p>${acceptFirst ? "<button>Accept all</button><button>Reject all</button>" : "<button>Reject all</button><button>Accept all</button>"}<a href="/cookies">Cookie settings</a></div>`;

const NOISE: LabelledChange[] = [
  { id: "relative-stamp", label: "noise", what: "“Updated N days ago” counts up between fetches", before: pair((n) => render({ extra: `<p>Updated ${n + 1} days ago</p>` })), after: pair((n) => render({ extra: `<p>Updated ${n + 1} days ago</p>` })) },
  { id: "last-updated-date", label: "noise", what: "the “Last updated” date moves, nothing else", before: fixed({ extra: "<p>Last updated: 1 December 2026</p>" }), after: fixed({ extra: "<p>Last updated: 4 December 2026</p>" }) },
  { id: "last-updated-us-date", label: "noise", what: "the “Updated” date in US style moves", before: fixed({ extra: "<p>Updated Dec. 1, 2026</p>" }), after: fixed({ extra: "<p>Updated Dec. 4, 2026</p>" }) },
  { id: "time-of-day", label: "noise", what: "a generation time on every request", before: pair((n) => render({ extra: `<p>Page generated at ${10 + (n % 12)}:${String((n * 7) % 60).padStart(2, "0")} UTC</p>` })), after: pair((n) => render({ extra: `<p>Page generated at ${10 + (n % 12)}:${String((n * 7) % 60).padStart(2, "0")} UTC</p>` })) },
  { id: "iso-timestamp", label: "noise", what: "an ISO timestamp of the render", before: pair((n) => render({ extra: `<p>Rendered 2026-12-0${1 + (n % 8)}T10:${String(n % 60).padStart(2, "0")}:13Z</p>` })), after: pair((n) => render({ extra: `<p>Rendered 2026-12-0${1 + (n % 8)}T11:${String(n % 60).padStart(2, "0")}:42Z</p>` })) },
  { id: "view-counter", label: "noise", what: "a view counter", before: pair((n) => render({ extra: `<p>${(1204 + n * 37).toLocaleString("en-US")} views</p>` })), after: pair((n) => render({ extra: `<p>${(1204 + n * 37).toLocaleString("en-US")} views</p>` })) },
  { id: "helpful-counter", label: "noise", what: "“N out of M found this helpful”", before: pair((n) => render({ extra: `<p>${40 + n} out of ${55 + n} found this helpful</p>` })), after: pair((n) => render({ extra: `<p>${40 + n} out of ${55 + n} found this helpful</p>` })) },
  { id: "helpful-people", label: "noise", what: "“N people found this helpful”", before: pair((n) => render({ extra: `<p>${n + 3} people found this helpful</p>` })), after: pair((n) => render({ extra: `<p>${n + 3} people found this helpful</p>` })) },
  { id: "session-token", label: "noise", what: "a session id printed in the article", before: pair((n) => render({ extra: `<p>Session ${token(n)}</p>` })), after: pair((n) => render({ extra: `<p>Session ${token(n)}</p>` })) },
  { id: "request-uuid", label: "noise", what: "a support reference (UUID) per request", before: pair((n) => render({ extra: `<p>Reference: 7f9c2b1e-4d3a-4b8e-9c1f-${token(n).slice(0, 12)}</p>` })), after: pair((n) => render({ extra: `<p>Reference: 7f9c2b1e-4d3a-4b8e-9c1f-${token(n + 9).slice(0, 12)}</p>` })) },
  { id: "whitespace-reflow", label: "noise", what: "paragraphs re-wrapped, doubled spaces, non-breaking spaces", before: fixed(), after: fixed({ intro: BASE.intro.replace(/ the /g, "\n   the ").replace(/\. /g, ".&nbsp; "), defaults: BASE.defaults.replace(/ /g, "  ") }) },
  { id: "typographic-quotes", label: "noise", what: "curly quotes become straight quotes", before: fixed(), after: fixed({ steps: replaceStep(3, 'Turn off the toggle labelled "Use my data for training content creation AI models".') }) },
  { id: "dashes", label: "noise", what: "a hyphen becomes an en dash", before: fixed({ retention: "We keep data used for training for up to 30 days - then it is deleted." }), after: fixed({ retention: "We keep data used for training for up to 30 days – then it is deleted." }) },
  { id: "markup-only", label: "noise", what: "new markup, classes and wrappers, same words", before: fixed(), after: fixed({ steps: BASE.steps.map((step) => `<span class="step-text"><strong>${step}</strong></span>`), intro: `<span data-v="2">${BASE.intro}</span>` }) },
  { id: "html-entities", label: "noise", what: "characters written as entities", before: fixed(), after: fixed({ steps: replaceStep(0, "Click your profile photo, then Settings &#38; Privacy."), intro: BASE.intro.replace("platform", "pl&#97;tform") }) },
  { id: "soft-hyphens", label: "noise", what: "the CMS inserts soft hyphens and zero-width spaces into long words", before: fixed(), after: fixed({ steps: replaceStep(2, "Under How we use your data, select Data for Gene&shy;rative AI Im&shy;prove&shy;ment."), intro: BASE.intro.replace("generative", "gener&#8203;ative") }) },
  { id: "decomposed-accents", label: "noise", what: "an accented letter in decomposed form", before: fixed({ extra: "<p>See also: Café and résumé features.</p>" }), after: fixed({ extra: "<p>See also: Cafe\u0301 and re\u0301sume\u0301 features.</p>" }) },
  { id: "inline-script", label: "noise", what: "inline script and style with a nonce per request", before: pair((n) => render({ head: `<style>.x${n}{color:red}</style><script>window.__STATE__={"nonce":"${token(n)}"}</script>` })), after: pair((n) => render({ head: `<style>.x${n}{color:red}</style><script>window.__STATE__={"nonce":"${token(n)}"}</script>` })) },
  { id: "cookie-banner-reordered", label: "noise", what: "a cookie banner whose buttons swap order between fetches", before: (n) => render({ banner: cookieBanner(n % 2 === 0) }), after: (n) => render({ banner: cookieBanner(n % 2 === 1) }) },
  { id: "cookie-banner-comes-and-goes", label: "noise", what: "a cookie banner on some fetches only", before: fixed(), after: (n) => render({ banner: n % 2 === 0 ? cookieBanner(true) : "" }) },
  { id: "chrome-ab-wording", label: "noise", what: "A/B test of the header's wording, sticky from now on", before: fixed(), after: fixed({ nav: `<a href="/">Help Centre</a> <a href="/signin">Log in</a> <a href="/contact">Get support</a>` }) },
  { id: "footer-year-and-links", label: "noise", what: "footer copyright year and link order", before: fixed(), after: fixed({ footer: "© 2026 Example Corp. <a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a> <a href='/cookies'>Cookie policy</a> <a href='/jobs'>Careers</a>" }) },
  { id: "related-articles-rotate", label: "noise", what: "the sidebar's related articles rotate", before: (n) => render({ aside: `<h3>Related articles</h3><ul>${["Download your data", "Close your account", "Manage ad preferences", "Two-step verification"].map((t, i, all) => `<li>${all[(i + n) % all.length]}</li>`).join("")}</ul>` }), after: (n) => render({ aside: `<h3>Popular</h3><ul>${["Reset your password", "Block someone", "Report a post"].slice(n % 3).map((t) => `<li>${t}</li>`).join("")}</ul>` }) },
  { id: "ab-promo-flip", label: "noise", what: "a promotion line inside the article flips between two variants per request", before: fixed(), after: (n) => render({ extra: n % 2 === 0 ? "<p>New: try Premium free for a month.</p>" : "<p>New: see who viewed your profile with Premium.</p>" }) },
  { id: "transient-notice", label: "noise", what: "a maintenance notice on one fetch only", before: fixed(), after: (n) => render({ extra: n === 2 ? "<p>Some features may be unavailable tonight during scheduled maintenance.</p>" : "" }) },
  { id: "feedback-widget", label: "noise", what: "the feedback widget's thank-you replaces its question", before: fixed({ extra: `<div class="feedback"><p>Was this article helpful?</p><button>Yes</button><button>No</button></div>` }), after: (n) => render({ extra: `<div class="feedback"><p>${n % 2 ? "Thanks for your feedback!" : "Was this article helpful?"}</p><button>Yes</button><button>No</button></div>` }) },
];

const REAL: LabelledChange[] = [
  { id: "renamed-setting", label: "real", what: "the toggle is renamed", before: fixed(), after: fixed({ steps: replaceStep(3, "Turn off the toggle labelled “Allow generative AI to learn from my content”.") }), missingAfter: ["toggle"] },
  { id: "shortened-setting", label: "real", what: "the toggle's label is shortened", before: fixed(), after: fixed({ steps: replaceStep(3, "Turn off the toggle labelled “Use my data for training AI models”.") }), missingAfter: ["toggle"] },
  { id: "renamed-menu", label: "real", what: "a menu label is renamed", before: fixed(), after: fixed({ steps: replaceStep(1, "Select Privacy and data.") }), missingAfter: ["dataPrivacy"] },
  { id: "renamed-menu-with-noise", label: "real", what: "a menu label is renamed on a page that also rotates a stamp", before: (n) => render({ extra: `<p>Updated ${n + 1} hours ago</p>` }), after: (n) => render({ steps: replaceStep(0, "Click your profile photo, then Settings."), extra: `<p>Updated ${n + 1} hours ago</p>` }), missingAfter: ["settings"] },
  { id: "renamed-section", label: "real", what: "the section holding the setting is renamed", before: fixed(), after: fixed({ steps: replaceStep(2, "Under How we use your data, select Data for AI Improvement.") }), missingAfter: ["section"] },
  { id: "moved-menu", label: "real", what: "the setting moves to another menu", before: fixed(), after: fixed({ steps: replaceStep(1, "Select Account preferences.") }), missingAfter: ["dataPrivacy"] },
  { id: "steps-reordered", label: "real", what: "the steps are reordered, all wording kept (moved, still present)", before: fixed(), after: fixed({ steps: [BASE.steps[0], BASE.steps[2], BASE.steps[1], BASE.steps[3]] as string[] }) },
  { id: "removed-toggle", label: "real", what: "the toggle is removed", before: fixed(), after: fixed({ steps: steps((list) => list.slice(0, 3)), endState: "This setting is no longer available." }), missingAfter: ["toggle"] },
  { id: "removed-setting", label: "real", what: "the whole setting is removed", before: fixed(), after: fixed({ steps: ["This setting is no longer available in your region."], endState: "Contact us if you have questions." }), missingAfter: ["settings", "dataPrivacy", "section", "toggle"] },
  { id: "replaced-by-form", label: "real", what: "the toggle is replaced by an objection form", before: fixed(), after: fixed({ steps: steps((list) => [...list.slice(0, 3), "Fill in the Data Processing Objection Form and submit it."]) }), missingAfter: ["toggle"] },
  { id: "changed-default", label: "real", what: "the default flips from on to off", before: fixed(), after: fixed({ defaults: BASE.defaults.replace("on by default for members", "off by default for members") }) },
  { id: "deadline-moved", label: "real", what: "the date the change applies from moves", before: fixed(), after: fixed({ effect: BASE.effect.replace("3 November 2025", "8 December 2025") }) },
  { id: "region-added", label: "real", what: "a region joins the opt-out default", before: fixed(), after: fixed({ defaults: BASE.defaults.replace("EU, EEA and Switzerland", "EU, EEA, Switzerland and the UK") }) },
  { id: "step-inserted", label: "real", what: "a confirmation step is added", before: fixed(), after: fixed({ steps: [...BASE.steps, "Confirm with your password."] }) },
  { id: "new-setting", label: "real", what: "a second setting appears beside the first", before: fixed(), after: fixed({ steps: [...BASE.steps, "Also turn off “Use my data for ads personalisation”."] }) },
  { id: "app-only", label: "real", what: "the setting is now only in the mobile app", before: fixed(), after: fixed({ intro: BASE.intro.replace("on the web and in the app", "only in the mobile app") }) },
  { id: "end-state-wording", label: "real", what: "the wording of the expected end state changes", before: fixed(), after: fixed({ endState: "When the setting is off, the toggle shows a cross." }) },
  { id: "retention-changed", label: "real", what: "the retention period changes", before: fixed(), after: fixed({ retention: BASE.retention.replace("30 days", "90 days") }) },
  { id: "label-capitalised", label: "real", what: "a menu label's capitalisation changes (the anchor still matches, loosely)", before: fixed(), after: fixed({ steps: replaceStep(1, "Select Data Privacy.") }) },
  { id: "changed-default-with-counter", label: "real", what: "the default flips on a page whose view counter moves every day", before: pair((n) => render({ extra: `<p>${(980 + n * 41).toLocaleString("en-US")} views</p>` })), after: pair((n) => render({ defaults: BASE.defaults.replace("on by default for members", "off by default for members"), extra: `<p>${(980 + n * 41).toLocaleString("en-US")} views</p>` })) },
  { id: "removed-toggle-with-token", label: "real", what: "the toggle is removed on a page that prints a session id", before: pair((n) => render({ extra: `<p>Session ${token(n)}</p>` })), after: pair((n) => render({ steps: steps((list) => list.slice(0, 3)), extra: `<p>Session ${token(n)}</p>` })), missingAfter: ["toggle"] },
  { id: "deadline-moved-with-stamp", label: "real", what: "the date moves on a page whose “Last updated” date moves too", before: fixed({ extra: "<p>Last updated: 1 December 2026</p>" }), after: fixed({ effect: BASE.effect.replace("3 November 2025", "8 December 2025"), extra: "<p>Last updated: 4 December 2026</p>" }) },
  { id: "scope-narrowed", label: "real", what: "the setting stops covering profile data", before: fixed(), after: fixed({ intro: BASE.intro.replace("your posts and profile data", "your posts") }) },
];

export const LABELLED_CHANGES: readonly LabelledChange[] = [...NOISE, ...REAL];
