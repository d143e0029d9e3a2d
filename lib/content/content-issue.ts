/** One problem found in a content file, reported as `file:line: message`. */
export type ContentIssue = {
  file: string;
  line: number;
  message: string;
  severity: "error" | "warning";
};

export function formatContentIssue(issue: ContentIssue): string {
  const prefix = issue.severity === "warning" ? "warning: " : "";
  return `${issue.file}:${issue.line}: ${prefix}${issue.message}`;
}
