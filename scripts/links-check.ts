/** `npm run links:check [content-dir] [--timeout=ms]`: checks every external link in guides and
 * change entries, prints redirects and dead links, and exits 1 when any link is dead. */
import path from "node:path";
import { checkLinks } from "@/server/links/check-links";
import { collectContentLinks } from "@/server/links/collect-links";
import { contentRoot } from "@/server/content/content-paths";

const args = process.argv.slice(2);
const dirArg = args.find((arg) => !arg.startsWith("--"));
const timeoutArg = args.find((arg) => arg.startsWith("--timeout="))?.slice("--timeout=".length) ?? process.env.LINKS_CHECK_TIMEOUT_MS;
const timeoutMs = timeoutArg ? Number(timeoutArg) : 15_000;
if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
  console.error(`links:check: --timeout must be a positive number of milliseconds (got "${timeoutArg}")`);
  process.exit(2);
}

const root = dirArg ? path.resolve(dirArg) : contentRoot();
const links = await collectContentLinks(root);
console.log(`links:check: checking ${links.length} links (timeout ${timeoutMs} ms)`);
const results = await checkLinks(
  links.map((link) => link.url),
  { timeoutMs },
);

let dead = 0;
results.forEach((result, index) => {
  const where = links[index]?.usedIn.map((use) => `${use.file} (${use.kind})`).join(", ") ?? "";
  if (!result.ok) {
    dead += 1;
    console.error(`DEAD ${result.url}: ${result.reason}${result.redirects > 0 ? ` at ${result.finalUrl}` : ""}\n  used in ${where}`);
  } else if (result.redirects > 0) {
    console.log(`REDIRECT ${result.url} -> ${result.finalUrl} (${result.status})`);
  }
});
console.log(`links:check: ${results.length - dead} OK, ${dead} dead`);
process.exit(dead > 0 ? 1 : 0);
