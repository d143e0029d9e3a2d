import { hasSignedInHint } from "@/lib/auth/signed-in-hint";
import { EMPTY_PLAN, samePlan, sanitizePlanSelection, type PlanSelection } from "@/lib/plan/plan-selection";

/**
 * The plan kept in this browser (localStorage), the anonymous home of a plan and the local copy
 * of a signed-in person's. Other tabs follow through the `storage` event.
 */
const KEY = "offswitch.plan.v1";
/** Set while this browser's plan is a copy of an account's, so it can be forgotten after sign-out. */
const OWNER_KEY = "offswitch.plan-from-account.v1";
/** This browser's own plan, kept apart while an account it was not saved to is signed in here; back at sign-out. */
const SET_ASIDE_KEY = "offswitch.plan-set-aside.v1";
const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: PlanSelection = EMPTY_PLAN;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function subscribeToPlan(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function storedPlan(): PlanSelection {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    try {
      cached = raw === null ? EMPTY_PLAN : sanitizePlanSelection(JSON.parse(raw));
    } catch {
      cached = EMPTY_PLAN;
    }
  }
  return cached;
}

export const serverPlanSnapshot = (): PlanSelection => EMPTY_PLAN;

export function storePlan(selection: PlanSelection): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(selection));
  } catch {
    // Storage refused (some private modes): the plan lives in the URL for this visit.
  }
  for (const listener of listeners) listener();
}

/** "offer": signed in for the first time here, the account has no plan and this browser has one; the person decides. */
export type AccountPlanState = "anonymous" | "loading" | "saved" | "saving" | "failed" | "offer";

function setFromAccount(fromAccount: boolean): void {
  try {
    if (fromAccount) window.localStorage.setItem(OWNER_KEY, "1");
    else window.localStorage.removeItem(OWNER_KEY);
  } catch {
    // Without storage there is no copy to forget either.
  }
}

function isAccountCopy(): boolean {
  try {
    return window.localStorage.getItem(OWNER_KEY) !== null;
  } catch {
    return false;
  }
}

function hasChoices(plan: PlanSelection): boolean {
  return plan.platforms.length > 0 || plan.region !== null;
}

/** Keeps this browser's own plan apart from the account signed in here, to give it back at sign-out. */
function setLocalPlanAside(plan: PlanSelection): void {
  try {
    window.localStorage.setItem(SET_ASIDE_KEY, JSON.stringify(plan));
  } catch {
    // Without storage the plan lives for this visit only anyway.
  }
}

/** After sign-out the account's plan must not stay behind on a shared computer (progress does not either); a plan set aside comes back. */
function forgetAccountCopy(): void {
  try {
    if (window.localStorage.getItem(OWNER_KEY) === null) return;
    const setAside = window.localStorage.getItem(SET_ASIDE_KEY);
    if (setAside === null) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, setAside);
    window.localStorage.removeItem(SET_ASIDE_KEY);
    window.localStorage.removeItem(OWNER_KEY);
  } catch {
    return;
  }
  for (const listener of listeners) listener();
}

/**
 * Reads the account's plan when this browser has a session: the account's copy wins (this browser's
 * own plan is set aside, not lost). A sign-in link works in any browser, so the account may not be
 * the person's own: a plan made here is saved to an account only when the person says so ("offer").
 */
export async function syncPlanWithAccount(): Promise<AccountPlanState> {
  if (!hasSignedInHint(document.cookie)) {
    forgetAccountCopy();
    return "anonymous";
  }
  const savesBefore = savesStarted;
  try {
    const response = await fetch("/api/plan", { cache: "no-store", credentials: "same-origin" });
    if (response.status === 401) {
      forgetAccountCopy();
      return "anonymous";
    }
    if (!response.ok) return "failed";
    const body = (await response.json()) as { plan?: unknown };
    const wasAccountCopy = isAccountCopy();
    const local = storedPlan();
    // An edit made while the account's copy was loading is newer: it is being saved, so keep it.
    if (savesStarted !== savesBefore) {
      setFromAccount(true);
      return "saved";
    }
    if (body.plan) {
      const saved = sanitizePlanSelection(body.plan);
      if (!wasAccountCopy && hasChoices(local) && !samePlan(local, saved)) setLocalPlanAside(local);
      setFromAccount(true);
      storePlan(saved);
      return "saved";
    }
    if (!hasChoices(local)) {
      setFromAccount(true);
      return "saved";
    }
    // The account's own copy, not yet saved (a save that failed): send it.
    if (wasAccountCopy) return savePlanToAccount(local);
    return "offer";
  } catch {
    return "failed";
  }
}

/** The person's answer to "Save the plan in this browser to your account?". */
export function answerPlanOffer(save: boolean): Promise<AccountPlanState> {
  const local = storedPlan();
  setFromAccount(true);
  if (save) return savePlanToAccount(local);
  setLocalPlanAside(local);
  storePlan(EMPTY_PLAN);
  return Promise.resolve("saved");
}

let savesStarted = 0;
let saveQueue: Promise<unknown> = Promise.resolve();

/**
 * Saves are sent one after another: two PUTs in flight could reach the server in either order and
 * leave the older selection stored (picking a service, then a region, must end with both).
 */
export function savePlanToAccount(selection: PlanSelection): Promise<AccountPlanState> {
  savesStarted += 1;
  const result = saveQueue.then(() => putPlan(selection));
  saveQueue = result;
  return result;
}

async function putPlan(selection: PlanSelection): Promise<AccountPlanState> {
  try {
    const response = await fetch("/api/plan", {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(selection),
    });
    return response.ok ? "saved" : response.status === 401 ? "anonymous" : "failed";
  } catch {
    return "failed";
  }
}
