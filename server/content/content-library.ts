import "server-only";
import { formatContentIssue } from "@/lib/content/content-issue";
import { checkContent, type ContentCheckResult } from "@/server/content/check-content";
import { contentRoot } from "@/server/content/content-paths";

let library: Promise<ContentCheckResult> | undefined;

/**
 * All content, validated and compiled once per process and shared by every loader (guides,
 * changes, the index); invalid content stops the build with every issue listed.
 */
export function loadContentLibrary(): Promise<ContentCheckResult> {
  library ??= checkContent(contentRoot()).then((result) => {
    const errors = result.issues.filter((issue) => issue.severity === "error");
    if (errors.length > 0) throw new Error(`Content has errors:\n${errors.map(formatContentIssue).join("\n")}`);
    return result;
  });
  return library;
}
