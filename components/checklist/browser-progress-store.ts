import type { ProgressState } from "@/lib/progress/progress-schema";
import { sanitizeProgressState } from "@/lib/progress/progress-guards";

/**
 * Progress-shaped state kept in localStorage, so it survives reloads, going offline and browser
 * restarts. Other tabs learn of changes through the `storage` event, this tab through listeners.
 * Used twice: the person's ticks, and the outbox of ticks not yet confirmed by the server.
 */
export type StoredProgress = {
  read: () => ProgressState;
  /** Read-modify-write on the latest stored value, so another tab's write a moment ago is kept. */
  update: (change: (current: ProgressState) => ProgressState) => ProgressState;
  clear: () => void;
  subscribe: (listener: () => void) => () => void;
  /** For useSyncExternalStore: the same object until the stored text changes. */
  snapshot: () => ProgressState;
};

const EMPTY: ProgressState = {};

function parse(raw: string | null): ProgressState {
  if (raw === null) return EMPTY;
  try {
    return sanitizeProgressState(JSON.parse(raw));
  } catch {
    return EMPTY;
  }
}

export function createStoredProgress(key: string): StoredProgress {
  const listeners = new Set<() => void>();
  let cachedRaw: string | null | undefined;
  let cachedState: ProgressState = EMPTY;
  // Used when the browser refuses storage (some private modes): state then lasts for the tab only.
  let memoryFallback: ProgressState | undefined;

  const readRaw = (): string | null => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const write = (next: ProgressState) => {
    try {
      if (Object.keys(next).length === 0) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, JSON.stringify(next));
      memoryFallback = undefined;
    } catch {
      memoryFallback = next;
    }
    notify();
  };
  const read = () => memoryFallback ?? parse(readRaw());

  return {
    read,
    update(change) {
      const next = change(read());
      write(next);
      return next;
    },
    clear: () => write(EMPTY),
    subscribe(listener) {
      listeners.add(listener);
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) listener();
      };
      window.addEventListener("storage", onStorage);
      return () => {
        listeners.delete(listener);
        window.removeEventListener("storage", onStorage);
      };
    },
    snapshot() {
      if (memoryFallback) return memoryFallback;
      const raw = readRaw();
      if (raw !== cachedRaw) {
        cachedRaw = raw;
        cachedState = parse(raw);
      }
      return cachedState;
    },
  };
}

/** The person's ticks in this browser: anonymous progress, or a copy of their account's. */
export const browserProgress = createStoredProgress("offswitch.progress.v1");

/** Ticks made while signed in that the server has not confirmed yet. */
export const progressOutbox = createStoredProgress("offswitch.outbox.v1");

/** This browser's own ticks, kept apart while an account they were not added to is signed in here; back at sign-out. */
export const progressSetAside = createStoredProgress("offswitch.progress-set-aside.v1");

export function getServerProgressSnapshot(): ProgressState {
  return EMPTY;
}
