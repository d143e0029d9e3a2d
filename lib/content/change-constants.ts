/** Closed sets for change entries; zod-free so browser code can use them. */
export const CHANGE_KINDS = [
  "setting-moved",
  "setting-renamed",
  "default-changed",
  "new-setting",
  "setting-removed",
  "guide-corrected",
  // docs/decisions/0011-change-kinds-and-dates.md
  "deadline",
  "retention-changed",
  "regulator-action",
  "reversal",
  // docs/decisions/0014-policy-changed-kind.md
  "policy-changed",
] as const;
export const CHANGE_SEVERITIES = ["action-needed", "info"] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type ChangeSeverity = (typeof CHANGE_SEVERITIES)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  "setting-moved": "Setting moved",
  "setting-renamed": "Setting renamed",
  "default-changed": "Default changed",
  "new-setting": "New setting",
  "setting-removed": "Setting removed",
  "guide-corrected": "Guide corrected",
  deadline: "Deadline",
  "retention-changed": "Retention changed",
  "regulator-action": "Regulator action",
  reversal: "Reversal",
  "policy-changed": "Policy changed",
};

export const CHANGE_SEVERITY_LABELS: Record<ChangeSeverity, string> = {
  "action-needed": "Action needed",
  info: "For information",
};

/**
 * Every kind except a correction of our own guide reports something a platform did, so it must
 * cite where that is documented.
 */
export function isPlatformChange(kind: ChangeKind): boolean {
  return kind !== "guide-corrected";
}

/** The only MDX components a change entry's body may use: it is a short note, not a walkthrough. */
export const CHANGE_MDX_COMPONENT_NAMES = ["Callout"] as const;

/**
 * `content/changes/<yyyy-mm-dd>-<slug>.mdx`. The whole file name (without .mdx) is the entry's
 * permanent id, so two entries cannot share an id: a folder cannot hold two files of one name,
 * and lowercase-only names rule out case-insensitive clashes.
 */
export const CHANGE_FILE_NAME_PATTERN = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
