import { hasSignedInHint } from "@/lib/auth/signed-in-hint";
import { EMPTY_PLAN, sanitizePlanSelection, type PlanSelection } from "@/lib/plan/plan-selection";

/**
 * The plan kept in this browser (localStorage), the anonymous home of a plan and the local copy
 * of a signed-in person's. Other tabs follow through the `storage` event.
 */
const KEY = "offswitch.plan.v1";
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

export type AccountPlanState = "anonymous" | "loading" | "saved" | "saving" | "failed";

/** Reads the account's plan when this browser has a session: the account's copy wins; a first sign-in uploads the local plan. */
export async function syncPlanWithAccount(): Promise<AccountPlanState> {
  if (!hasSignedInHint(document.cookie)) return "anonymous";
  try {
    const response = await fetch("/api/plan", { cache: "no-store", credentials: "same-origin" });
    if (response.status === 401) return "anonymous";
    if (!response.ok) return "failed";
    const body = (await response.json()) as { plan?: unknown };
    if (body.plan) {
      storePlan(sanitizePlanSelection(body.plan));
      return "saved";
    }
    const local = storedPlan();
    return local.platforms.length > 0 || local.region ? savePlanToAccount(local) : "saved";
  } catch {
    return "failed";
  }
}

export async function savePlanToAccount(selection: PlanSelection): Promise<AccountPlanState> {
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
