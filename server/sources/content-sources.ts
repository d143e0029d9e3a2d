import "server-only";
import { formatContentIssue } from "@/lib/content/content-issue";
import { watchedSources, type WatchedSource } from "@/lib/sources/watched-sources";
import { checkContent } from "@/server/content/check-content";
import { contentRoot } from "@/server/content/content-paths";

/** The official sources cited under the content root (OFFSWITCH_CONTENT_DIR or ./content), with their anchors. */
export async function loadWatchedSources(root: string = contentRoot()): Promise<WatchedSource[]> {
  const { issues, guides, changes } = await checkContent(root);
  const errors = issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) throw new Error(`content has errors; run npm run content:check:\n${errors.map(formatContentIssue).join("\n")}`);
  return watchedSources(guides, changes);
}
