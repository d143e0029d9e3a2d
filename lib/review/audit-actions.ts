/** What the editors' audit log records; zod-free so pages can label entries. */
export const EDITOR_ACTIONS = ["still-correct", "change-entry-drafted", "review-alerts-on", "review-alerts-off", "editor-granted", "editor-revoked"] as const;
export type EditorActionKind = (typeof EDITOR_ACTIONS)[number];

export const EDITOR_ACTION_LABELS: Record<EditorActionKind, string> = {
  "still-correct": "Marked still correct",
  "change-entry-drafted": "Drafted a change entry",
  "review-alerts-on": "Turned review emails on",
  "review-alerts-off": "Turned review emails off",
  "editor-granted": "Editor role granted",
  "editor-revoked": "Editor role revoked",
};

export function editorActionLabel(action: string): string {
  return (EDITOR_ACTION_LABELS as Record<string, string>)[action] ?? action;
}
