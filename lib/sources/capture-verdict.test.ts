import { describe, expect, it } from "vitest";
import { captureVerdict } from "@/lib/sources/capture-verdict";
import { extractMainText } from "@/lib/sources/extract-text";

const prose = "You can turn off the setting at any time in your account settings, and the change applies to your whole account from then on. ".repeat(4);
const page = (body: string, lang = "en") => `<!doctype html><html lang="${lang}"><head><title>Help</title></head><body>${body}</body></html>`;
const verdict = (html: string, hints: { selector?: string; remove?: string[] } = {}, lang = "en") => captureVerdict(extractMainText(html, { remove: [], ...hints }), lang, hints);

describe("extractMainText", () => {
  it("reads the selected element as lines, without scripts or removed parts", () => {
    const html = page(`<nav>Menu</nav><article><h1>Data controls</h1><p>First <b>para</b>.</p><script>x()</script><ul><li>One</li><li>Two</li></ul><div class="rate">Was this helpful?</div></article>`);
    expect(extractMainText(html, { selector: "article", remove: [".rate"] }).text).toBe("Data controls\nFirst para.\nOne\nTwo");
  });
  it("collapses source line breaks inside a paragraph as a browser does, but keeps <pre> lines", () => {
    const wrapped = extractMainText(page(`<article><p>Turn off\n    the   setting</p><pre>a\n  b</pre></article>`), { selector: "article", remove: [] }).text;
    expect(wrapped).toBe("Turn off the setting\na\nb");
    expect(extractMainText(page(`<article><p>Turn off the setting</p></article>`), { selector: "article", remove: [] }).text).toBe("Turn off the setting");
  });
  it("finds the main text with Readability when no selector is given", () => {
    const html = page(`<header>Site header</header><main><article><h1>Title</h1><p>${prose}</p><p>${prose}</p></article></main><footer>Footer links</footer>`);
    const text = extractMainText(html, { remove: [] }).text;
    expect(text).toContain("You can turn off the setting");
    expect(text).not.toContain("Footer links");
  });
});

describe("captureVerdict", () => {
  it("accepts a real page", () => expect(verdict(page(`<article><p>${prose}</p></article>`))).toEqual({ ok: true }));
  it("fails an empty page, a bot wall, a cookie wall, a login page and an error page", () => {
    expect(verdict(page("<p>Hi</p>"))).toMatchObject({ ok: false, why: expect.stringMatching(/^empty capture/) });
    expect(verdict(page("<h1>Just a moment...</h1><p>Checking your browser before accessing the site. Please verify you are human. This may take a few seconds and needs JavaScript and cookies to be enabled in your browser to continue.</p>"))).toMatchObject({ ok: false, why: "bot wall", botWall: true });
    expect(verdict(page(`<p>We use cookies to improve your experience and to measure how the site is used by everyone who visits. Choose Accept all to allow every cookie, or open Cookie settings to pick the ones you are comfortable with.</p><button>Accept all</button>`))).toMatchObject({ ok: false, why: "cookie wall" });
    expect(verdict(page(`<form><p>${prose}</p><input type="password"></form>`))).toMatchObject({ ok: false, why: "login page" });
    expect(verdict(page(`<h1>Page not found</h1><p>${"The page you were looking for has moved or never existed on this help centre at all. ".repeat(3)}</p>`))).toMatchObject({ ok: false, why: "error page" });
  });
  it("fails a page in another language, declared or not", () => {
    expect(verdict(page(`<article><p>${prose}</p></article>`, "fr"))).toMatchObject({ ok: false, why: 'page is in "fr", expected "en"' });
    const french = "Vous pouvez désactiver le paramètre dans les réglages de votre compte et la modification est appliquée à tout le compte pour les données que vous partagez. ".repeat(3);
    expect(verdict(`<html><body><article><p>${french}</p></article></body></html>`)).toMatchObject({ ok: false, why: 'page reads as "fr", expected "en"' });
  });
  it("fails when the selector matches nothing", () => {
    expect(verdict(page(`<article><p>${prose}</p></article>`), { selector: "#content" })).toMatchObject({ ok: false, why: 'selector "#content" matched nothing' });
  });
});
