import type { ProgressState } from "@/lib/progress/progress-schema";
import { sanitizeProgressState } from "@/lib/progress/progress-guards";

/** The file "Export progress" writes and "Import progress" reads back. */
export type ProgressFile = { format: "offswitch-progress"; version: 1; exportedAt: string; progress: ProgressState };

export const MAX_PROGRESS_FILE_BYTES = 1024 * 1024;

export function toProgressFile(progress: ProgressState, now: Date): ProgressFile {
  return { format: "offswitch-progress", version: 1, exportedAt: now.toISOString(), progress };
}

/** Parses an imported file's text; returns a message a person can act on when it is not one of ours. */
export function parseProgressFile(text: string): { ok: true; progress: ProgressState } | { ok: false; message: string } {
  if (text.length > MAX_PROGRESS_FILE_BYTES) return { ok: false, message: "That file is too large to be an OffSwitch progress file." };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: "That file is not JSON. Choose a file exported from OffSwitch." };
  }
  const file = raw as Partial<ProgressFile> | null;
  if (typeof file !== "object" || file === null || file.format !== "offswitch-progress" || file.version !== 1) {
    return { ok: false, message: "That file is not an OffSwitch progress export." };
  }
  // Entries that do not look like ticks are skipped rather than failing the whole import.
  return { ok: true, progress: sanitizeProgressState(file.progress) };
}
