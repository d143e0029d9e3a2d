import { markSteps, mergeProgress } from "@/lib/progress/progress";
import type { ProgressMark } from "@/lib/progress/progress-api";
import { MAX_MARKS_PER_REQUEST } from "@/lib/progress/mark-bounds";
import { hasSignedInHint } from "@/lib/auth/signed-in-hint";
import type { ProgressState, StepMark } from "@/lib/progress/progress-schema";
import { markKey, marksNewerThanAccount, outboxMarks, refusedMarkIndices, retryDelayMs, withoutMarks } from "@/lib/progress/outbox";
import { browserProgress, progressOutbox, progressSetAside } from "@/components/checklist/browser-progress-store";
import { detectUser, errorDetails, readAccountProgress } from "@/components/checklist/account-progress-api";

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
  | { state: "session-expired"; pending: number }
  /** Signed in for the first time in this browser, which holds ticks the account lacks: the person decides. */
  | { state: "confirm-merge"; email: string; ticks: number };

const OWNER_KEY = "offswitch.progress-owner.v1";
const LOCK_NAME = "offswitch-progress-sync";
let status: SyncStatus = { state: "unknown" };
let user: { id: string; email: string } | undefined;
let attempt = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let flushing: Promise<void> | undefined;
let started = false;
/** The account waiting for the person's answer to "Add the ticks in this browser to …?". */
let offeredTo: { id: string; email: string } | undefined;
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
  // Ticks made from here on are made with the account signed in (and sent by the pull's requeue below);
  // only those made before are this browser's own to offer.
  const browserTicks = browserProgress.read();
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
  if (readOwner() !== detected.id) {
    // First sync for this account in this browser. A sign-in link works in any browser, so this may
    // be someone else's account (login CSRF): ticks made here never join it without the person's yes.
    const account = await readAccountProgress();
    if (account === undefined) {
      setStatus({ state: "retrying", email: detected.email, pending: 0 });
      return;
    }
    const offered = marksNewerThanAccount(browserTicks, account);
    const ticks = offered.filter((mark) => mark.done).length;
    if (ticks > 0) {
      offeredTo = detected;
      setStatus({ state: "confirm-merge", email: detected.email, ticks });
      return;
    }
    // Nothing ticked to add; any unticks made here stay with this browser too.
    if (offered.length > 0) setBrowserTicksAside(browserTicks);
    adoptAccount(detected);
  } else {
    user = detected;
  }
  await syncWithAccount();
}

/** The person's answer to the merge offer: add this browser's ticks to the account, or keep them apart from it. */
export async function answerMergeOffer(add: boolean): Promise<void> {
  const account = offeredTo;
  offeredTo = undefined;
  if (!account) return;
  // Another tab may have had the answer already; it holds for this one too.
  if (readOwner() !== account.id) {
    if (add) progressOutbox.update((outbox) => mergeProgress(outbox, browserProgress.read()));
    else setBrowserTicksAside(browserProgress.read());
  }
  adoptAccount(account);
  await syncWithAccount();
}

/** Kept apart from the account while it is signed in here, and given back to this browser at sign-out. */
function setBrowserTicksAside(ticks: ProgressState): void {
  progressSetAside.update((aside) => mergeProgress(aside, ticks));
  browserProgress.update((local) => withoutMarks(local, outboxMarks(ticks)));
}

function adoptAccount(account: { id: string; email: string }): void {
  user = account;
  try {
    window.localStorage.setItem(OWNER_KEY, account.id);
  } catch {
    // Without storage the question is simply asked again next time.
  }
}

async function syncWithAccount(): Promise<void> {
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
  // Say "saving" at once: the send waits for the cross-tab lock, and until then "saved" would be untrue.
  if (user) setStatus({ state: "saving", email: user.email });
  void flushOutbox();
}

let pulls = 0;

async function pullFromAccount(): Promise<void> {
  pulls += 1;
  const account = user;
  // Undefined when it cannot be read: the account copy is pulled again on the next page load.
  const saved = await readAccountProgress();
  // Signed out (or the account deleted) while this was in flight: the answer belongs to no one here.
  if (!saved || !account || user !== account) return;
  const merged = browserProgress.update((local) => mergeProgress(local, saved));
  requeueTicksTheAccountLacks(merged, saved);
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

/** Before signing out: try to send what is queued, then forget this account's ticks in this browser and give back any set aside. */
export async function forgetAccountProgress(): Promise<void> {
  browserProgress.update(() => progressSetAside.read());
  progressSetAside.clear();
  progressOutbox.clear();
  offeredTo = undefined;
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
