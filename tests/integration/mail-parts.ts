import { parseHTML } from "linkedom";
import { expect } from "vitest";
import { extractLinks, type CapturedMessage } from "@/lib/mail/captured-message";

const URL_PATTERN = /https?:\/\/\S+/g;
const squash = (value: string) => value.replace(/\s+/g, " ").trim();

/**
 * A message as the mail catcher received it over SMTP has both parts, as multipart/alternative,
 * and they say the same: every line of the text part (without its addresses, bullets and a colon
 * before an address) is in the HTML part's text, and both parts carry the same links.
 */
export function expectTextAndHtmlAlike(message: CapturedMessage | undefined): void {
  expect(message, "no message").toBeDefined();
  if (!message) return;
  expect(message.headers["content-type"]).toMatch(/^multipart\/alternative;/);
  expect(message.text).toBeTruthy();
  expect(message.html).toBeTruthy();
  const document = parseHTML(message.html ?? "").document;
  expect(document.documentElement.getAttribute("lang")).toBe("en");
  expect(document.querySelectorAll("style, script, [class]")).toHaveLength(0);
  const htmlText = squash(document.body.textContent ?? "");
  for (const line of (message.text ?? "").split("\n")) {
    const words = squash(line.replace(URL_PATTERN, "")).replace(/^[*-] /, "").replace(/:$/, "");
    if (words) expect(htmlText, `the HTML part lacks "${words}"`).toContain(words);
  }
  const textLinks = extractLinks({ text: message.text, html: null });
  const htmlLinks = extractLinks({ text: null, html: message.html });
  expect(new Set(htmlLinks)).toEqual(new Set(textLinks));
}
