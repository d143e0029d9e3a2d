/**
 * Links in guides must be well-formed: absolute https URLs, mailto addresses, in-page anchors or
 * paths on this site. Plain http is refused because it leaks what a person is reading.
 */
export function linkProblem(href: string): string | undefined {
  if (href.startsWith("#")) return /^#[\w-]+$/.test(href) ? undefined : `malformed anchor "${href}"`;
  if (href.startsWith("/")) return /^\/[\w\-./?=&#%]*$/.test(href) && !href.startsWith("//") ? undefined : `malformed site path "${href}"`;
  if (href.startsWith("mailto:")) return /^mailto:[^\s@]+@[^\s@]+\.[^\s@]+(\?.*)?$/.test(href) ? undefined : `malformed mailto link "${href}"`;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return `malformed URL "${href}"`;
  }
  if (url.protocol !== "https:") return `URL "${href}" must use https://`;
  if (!url.hostname.includes(".") || /\s/.test(href)) return `malformed URL "${href}"`;
  return undefined;
}
