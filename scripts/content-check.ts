/** `npm run content:check [dir]`: validates every guide, change entry and the
 * published step registry, and prints `file:line: message` per problem. */
import { formatContentIssue } from "@/lib/content/content-issue";
import { checkContent } from "@/server/content/check-content";
import { contentRoot } from "@/server/content/content-paths";
import path from "node:path";

const root = process.argv[2] ? path.resolve(process.argv[2]) : contentRoot();
const { issues, guides, changes } = await checkContent(root);
for (const issue of issues) console.error(formatContentIssue(issue));
const errors = issues.filter((issue) => issue.severity === "error").length;
if (errors > 0) {
  console.error(`content:check: ${errors} error(s) in ${path.relative(process.cwd(), root) || root}`);
  process.exit(1);
}
console.log(`content:check: ${guides.length} guides OK, ${changes.length} change entries OK`);
