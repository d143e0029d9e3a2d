import { markSteps, mergeProgress } from "@/lib/progress/progress";
import type { ProgressMark } from "@/lib/progress/progress-api";
import { MAX_MARKS_PER_REQUEST } from "@/lib/progress/mark-bounds";
import { sanitizeProgressState } from "@/lib/progress/progress-guards";
import { hasSignedInHint } from "@/lib/auth/signed-in-hint";
import type { ProgressState, StepMark } from "@/lib/progress/progress-schema";
import { markKey, marksNewerThanAccount, outboxMarks, refusedMarkIndices, retryDelayMs, withoutMarks } from "@/lib/progress/outbox";
import { browserProgress, progressOutbox } from "@/components/checklist/browser-progress-store";

/**
 * Keeps a signed-in person's ticks in step with their account. Every tick is written to this
 * browser first (so it shows at once and survives anything), then to an outbox that is sent with
 * retry and backoff until the server confirms it. Replays are harmless: per step the later tick wins.
 */
export type SyncStatus =
  | { state: "unknown" }
  | { state: "anonymous" }
  | { state: "saved"; email: string }
  | { state: "saving"; email: string }
  | { state: "offline"; email: string; pending: number }
  | { state: "retrying"; email: string; pending: number }
  | { state: "session-expired"; pending: number };

const OWNER_KEY = "offswitch.progress-owner.v1";
const LOCK_NAME = "offswitch-progress-sync";
/** Auth.js's session endpoint answers `null` or `{ user: { id, email } }`; anything else is "unreachable". */
function sessionUser(body: unknown): { id: string; email: string } | null | undefined {
  if (body === null) return null;
  const user = typeof body === "object" && body !== null && "user" in body ? (body as { user: unknown }).user : undefined;
  if (typeof user !== "object" || user === null) return Object.keys(body ?? {}).length === 0 ? null : undefined;
  const { id, email } = user as { id?: unknown; email?: unknown };
  return typeof id === "string" && id !== "" && typeof email === "string" ? { id, email } : undefined;
}

function errorDetails(body: unknown): string[] | undefined {
  const details = (body as { error?: { details?: unknown } } | null)?.error?.details;
  return Array.isArray(details) ? details.filter((detail): detail is string => typeof detail === "string") : undefined;
}

let status: SyncStatus = { state: "unknown" };
let user: { id: string; email: string } | undefined;
let attempt = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let flushing: Promise<void> | undefined;
let started = false;
/** Marks queued again after a pull, or refused by the server: never queued again by a pull, so a pull cannot loop. */
const notToRequeue = new Set<string>();
const listeners = new Set<() => void>();

function setStatus(next: SyncStatus) {
  status = next;
  for (const listener of listeners) listener();
}

export function subscribeToSyncStatus(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const getSyncStatus = () => status;
export const getServerSyncStatus = (): SyncStatus => ({ state: "unknown" });

function pendingCount(): number {
  return outboxMarks(progressOutbox.read()).length;
}

function readOwner(): string | null {
  try {
    return window.localStorage.getItem(OWNER_KEY);
  } catch {
    return null;
  }
}

/** Asks the server who is signed in; "unreachable" when it cannot answer (offline, server or database down). */
async function detectUser(): Promise<{ id: string; email: string } | null | "unreachable"> {
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return "unreachable";
    const user = sessionUser(await response.json());
    return user === undefined ? "unreachable" : user;
  } catch {
    return "unreachable";
  }
}

/** Called once per page: learns who is signed in, merges anonymous ticks at sign-in, sends and pulls. */
export function startProgressSync(): void {
  if (started) return;
  started = true;
  window.addEventListener("online", () => void flushOutbox());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") void flushOutbox();
  });
  void connect();
}

async function connect(): Promise<void> {
  // Anonymous visitors (no hint, no account in this browser) never ask the server anything.
  if (!hasSignedInHint(document.cookie) && !readOwner()) {
    setStatus({ state: "anonymous" });
    return;
  }
  const detected = await detectUser();
  if (detected === "unreachable") {
    const pending = pendingCount();
    setStatus(readOwner() ? { state: "offline", email: "", pending } : { state: "anonymous" });
    if (readOwner()) scheduleRetry();
    return;
  }
  if (detected === null) {
    user = undefined;
    setStatus(readOwner() && pendingCount() > 0 ? { state: "session-expired", pending: pendingCount() } : { state: "anonymous" });
    return;
  }
  user = detected;
  if (readOwner() !== detected.id) {
    // First sync for this account in this browser: everything ticked here so far joins the account.
    const local = browserProgress.read();
    progressOutbox.update(() => local);
    try {
      window.localStorage.setItem(OWNER_KEY, detected.id);
    } catch {
      // Without storage the merge simply happens again next time; replays are harmless.
    }
  }
  const pullsBefore = pulls;
  await flushOutbox();
  // A flush that sent something has read the account back already.
  if (pulls === pullsBefore) await pullFromAccount();
}

/** Records ticks locally and, when this browser belongs to an account, queues them for it. */
export function recordTicks(guide: string, steps: readonly string[], mark: StepMark): void {
  browserProgress.update((state) => markSteps(state, guide, steps, mark));
  // Queue by ownership, not by a live session: a tick made while the server is down must not be lost.
  if (!user && !readOwner()) return;
  progressOutbox.update((outbox) => markSteps(outbox, guide, steps, mark));
  void flushOutbox();
}

let pulls = 0;

async function pullFromAccount(): Promise<void> {
  pulls += 1;
  const account = user;
  try {
    const response = await fetch("/api/progress", { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return;
    const body = (await response.json()) as { progress?: unknown };
    // Signed out (or the account deleted) while this was in flight: the answer belongs to no one here.
    if (!account || user !== account) return;
    const saved = sanitizeProgressState(body.progress);
    const merged = browserProgress.update((local) => mergeProgress(local, saved));
    requeueTicksTheAccountLacks(merged, saved);
  } catch {
    // The account copy is pulled again on the next page load.
  }
}

/**
 * Another tab's write can drop a tick from the shared outbox before it was sent (see
 * marksNewerThanAccount); this browser's ticks still hold it, so whatever they decided later than
 * the account's copy is queued and sent again. Harmless when nothing was lost: replays change nothing.
 */
function requeueTicksTheAccountLacks(local: ProgressState, account: ProgressState): void {
  const lacking = marksNewerThanAccount(local, account).filter((mark) => !notToRequeue.has(markKey(mark)));
  if (lacking.length === 0) return;
  for (const mark of lacking) notToRequeue.add(markKey(mark));
  progressOutbox.update((outbox) => lacking.reduce((next, { guide, step, done, at }) => markSteps(next, guide, [step], { done, at }), outbox));
  void flushOutbox();
}

/** Sends the outbox until it is empty; one tab at a time (Web Locks) so tabs do not send twice at once. */
export function flushOutbox(): Promise<void> {
  if (!user) {
    // The session was not known yet (server unreachable at load): find out, then send.
    return readOwner() && started ? connect() : Promise.resolve();
  }
  flushing ??= (async () => {
    let sentEverything = false;
    try {
      sentEverything = navigator.locks ? await navigator.locks.request(LOCK_NAME, () => sendAll()) : await sendAll();
    } finally {
      flushing = undefined;
    }
    // Read back what the account holds now: other devices' ticks, and any of ours another tab's write dropped.
    if (sentEverything) await pullFromAccount();
  })();
  return flushing;
}

/** True when it sent at least one batch and the outbox is empty. */
async function sendAll(): Promise<boolean> {
  const account = user;
  if (!account) return false;
  clearTimeout(retryTimer);
  let sentAny = false;
  for (let batch = outboxMarks(progressOutbox.read()).slice(0, MAX_MARKS_PER_REQUEST); batch.length > 0; batch = outboxMarks(progressOutbox.read()).slice(0, MAX_MARKS_PER_REQUEST)) {
    setStatus({ state: "saving", email: account.email });
    const outcome = await send(batch);
    if (outcome === "retry") {
      const pending = pendingCount();
      setStatus(navigator.onLine ? { state: "retrying", email: account.email, pending } : { state: "offline", email: account.email, pending });
      scheduleRetry();
      return false;
    }
    if (outcome === "signed-out") {
      user = undefined;
      setStatus({ state: "session-expired", pending: pendingCount() });
      return false;
    }
    attempt = 0;
    sentAny = true;
  }
  setStatus({ state: "saved", email: account.email });
  return sentAny;
}

async function send(batch: ProgressMark[]): Promise<"sent" | "retry" | "signed-out"> {
  let response: Response;
  try {
    response = await fetch("/api/progress", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ marks: batch }),
    });
  } catch {
    return "retry";
  }
  if (response.ok) {
    progressOutbox.update((outbox) => withoutMarks(outbox, batch));
    return "sent";
  }
  if (response.status === 401) return "signed-out";
  if (response.status === 400) {
    // The server refused some marks (a step removed from a guide, say): drop those, keep the rest.
    const refused = refusedMarkIndices(errorDetails(await response.json().catch(() => null)));
    const dropped = refused.size > 0 ? batch.filter((_, index) => refused.has(index)) : batch;
    for (const mark of dropped) notToRequeue.add(markKey(mark));
    progressOutbox.update((outbox) => withoutMarks(outbox, dropped));
    return "sent";
  }
  return "retry";
}

function scheduleRetry() {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void flushOutbox(), retryDelayMs(attempt, Math.random()));
  attempt += 1;
}

/** Before signing out: try to send what is queued, then forget this account's ticks in this browser. */
export async function forgetAccountProgress(): Promise<void> {
  browserProgress.clear();
  progressOutbox.clear();
  try {
    window.localStorage.removeItem(OWNER_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
  user = undefined;
  setStatus({ state: "anonymous" });
}

export function unsyncedTickCount(): number {
  return pendingCount();
}

/** Merges imported progress into this browser (later tick wins) and, when signed in, into the account. */
export function importProgress(imported: ProgressState): void {
  browserProgress.update((local) => mergeProgress(local, imported));
  if (!user && !readOwner()) return;
  progressOutbox.update((outbox) => mergeProgress(outbox, imported));
  void flushOutbox();
}
