import { markSteps } from "@/lib/progress/progress";
import { progressStateSchema, type ProgressState, type StepMark } from "@/lib/progress/progress-schema";

/**
 * Anonymous progress lives in localStorage so it survives reloads and browser restarts. Other
 * tabs learn of changes through the `storage` event; this tab through its own listeners.
 */
const STORAGE_KEY = "offswitch.progress.v1";
const EMPTY: ProgressState = {};

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cachedState: ProgressState = EMPTY;
/** Used when the browser refuses storage (some private modes): progress then lasts for the tab only. */
let memoryFallback: ProgressState | undefined;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function parse(raw: string | null): ProgressState {
  if (raw === null) return EMPTY;
  try {
    const parsed = progressStateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** Snapshot for useSyncExternalStore: the same object until the stored text changes. */
export function getProgressSnapshot(): ProgressState {
  if (memoryFallback) return memoryFallback;
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedState = parse(raw);
  }
  return cachedState;
}

export function getServerProgressSnapshot(): ProgressState {
  return EMPTY;
}

export function subscribeToProgress(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/**
 * Reads the latest stored state right before writing, so a tick made in another tab a moment
 * ago is merged rather than overwritten.
 */
export function recordStepMarks(guide: string, steps: readonly string[], mark: StepMark): void {
  const next = markSteps(memoryFallback ?? parse(readRaw()), guide, steps, mark);
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    memoryFallback = undefined;
  } catch {
    memoryFallback = next;
  }
  for (const listener of listeners) listener();
}

export function isProgressKeptInMemoryOnly(): boolean {
  return memoryFallback !== undefined;
}
