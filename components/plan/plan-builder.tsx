"use client";

import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from "react";
import { hasSignedInHint } from "@/lib/auth/signed-in-hint";
import { CROSS_PLATFORM, PLACES } from "@/lib/content/content-constants";
import { PLACE_LABELS } from "@/lib/content/labels";
import { parsePlanQuery, pickedShare, planQuery, samePlan, withEveryPlatform, type PlanSelection } from "@/lib/plan/plan-selection";
import type { PlanGuide } from "@/lib/plan/plan-checklist";
import type { ChangeNotice } from "@/lib/progress/needs-attention";
import { getQuery, getServerQuery, replaceQuery, subscribeToQuery } from "@/components/search/url-query-store";
import { answerPlanOffer, savePlanToAccount, serverPlanSnapshot, storePlan, storedPlan, subscribeToPlan, syncPlanWithAccount, type AccountPlanState } from "@/components/plan/plan-store";
import { PlanChecklistView } from "@/components/plan/plan-checklist-view";
import { useHydrated } from "@/components/checklist/use-browser-progress";
import { Button } from "@/components/ui/button";

/** Asked once, so loaded only then (the plan page's first-load JS is near its budget). */
const PlanOffer = lazy(() => import("@/components/plan/plan-offer").then((module) => ({ default: module.PlanOffer })));

export type PlanPlatform = { slug: string; name: string; guideCount: number };

/** The cross-platform entry is a habit, not a platform: "All platforms" is the box that picks every platform. */
const CROSS_PLATFORM_LABEL = "Review habits for every service";

const ACCOUNT_STATE_TEXT: Record<AccountPlanState, string> = {
  anonymous: "Your plan is kept in this browser. Sign in to keep it on every device.",
  loading: "Loading your plan from your account…",
  saved: "Plan saved to your account.",
  saving: "Saving your plan…",
  failed: "Could not reach your account; your plan is kept in this browser for now.",
  offer: "Your plan is kept in this browser until you answer above.",
};

/**
 * "My privacy plan": pick services and a region, get one checklist. A shared link's selection
 * (in the URL) is shown as is; it becomes this browser's (and account's) plan only when the person
 * keeps or edits it, so opening someone's link never overwrites your own plan.
 */
export function PlanBuilder({ guides, changes, platforms }: { guides: readonly PlanGuide[]; changes: readonly ChangeNotice[]; platforms: readonly PlanPlatform[] }) {
  const hydrated = useHydrated();
  const stored = useSyncExternalStore(subscribeToPlan, storedPlan, serverPlanSnapshot);
  const shared = parsePlanQuery(new URLSearchParams(useSyncExternalStore(subscribeToQuery, getQuery, getServerQuery)));
  const known = new Set(platforms.map((platform) => platform.slug));
  const raw = shared ?? stored;
  const selection: PlanSelection = { platforms: raw.platforms.filter((slug) => known.has(slug)), region: raw.region };
  const viewingShared = shared !== undefined && !samePlan(shared, stored);
  // Rendered only after hydration (below), so reading the cookie here cannot cause a mismatch.
  const [account, setAccount] = useState<AccountPlanState>(() => (typeof document !== "undefined" && hasSignedInHint(document.cookie) ? "loading" : "anonymous"));

  useEffect(() => {
    let current = true;
    void syncPlanWithAccount().then((state) => current && setAccount(state));
    return () => {
      current = false;
    };
  }, []);

  const keep = (next: PlanSelection) => {
    storePlan(next);
    replaceQuery(planQuery(next));
    if (account === "anonymous" || account === "offer") return;
    setAccount("saving");
    void savePlanToAccount(next).then(setAccount);
  };
  const answer = (save: boolean) => {
    setAccount(save ? "saving" : "saved");
    void answerPlanOffer(save).then(setAccount);
  };
  const togglePlatform = (slug: string, on: boolean) =>
    keep({ ...selection, platforms: on ? [...selection.platforms, slug] : selection.platforms.filter((picked) => picked !== slug) });
  const allSlugs = platforms.map((platform) => platform.slug);
  const share = pickedShare(selection, allSlugs);
  const listed = [...platforms.filter((platform) => platform.slug !== CROSS_PLATFORM), ...platforms.filter((platform) => platform.slug === CROSS_PLATFORM)];

  if (!hydrated) return <p className="text-muted">Loading your plan…</p>;
  const shareUrl = `${window.location.origin}/plan${planQuery(selection)}`;

  return (
    <div className="space-y-8">
      <section aria-labelledby="plan-services-heading" className="space-y-4 rounded-xl border border-line bg-surface p-5">
        <h2 id="plan-services-heading" className="text-2xl font-semibold tracking-tight">
          Your services
        </h2>
        {account === "offer" && !viewingShared ? (
          <Suspense fallback={null}>
            <PlanOffer onAnswer={answer} />
          </Suspense>
        ) : null}
        {viewingShared ? (
          <div className="space-y-2 rounded-lg border border-note-line bg-note-soft p-3" data-plan-shared>
            <p>You are looking at a shared plan. It holds a selection only: nobody&rsquo;s progress.</p>
            <Button onClick={() => keep(selection)}>Keep this as my plan</Button>
          </div>
        ) : null}
        {/* Two columns on a phone: 28 services in one column pushed the checklist four screens down. */}
        <fieldset>
          <legend className="mb-2 font-semibold">Which services do you use?</legend>
          <label className="mb-2 flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 py-2 font-semibold has-checked:border-accent has-checked:bg-accent-soft">
            <input
              type="checkbox"
              className="size-5 accent-accent"
              checked={share === "all"}
              ref={(box) => {
                if (box) box.indeterminate = share === "some";
              }}
              onChange={(event) => keep(withEveryPlatform(selection, allSlugs, event.target.checked))}
            />
            All platforms
          </label>
          <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            {listed.map((platform) => (
              <li key={platform.slug}>
                <label className="flex h-full min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 py-2 leading-snug [overflow-wrap:anywhere] has-checked:border-accent has-checked:bg-accent-soft">
                  <input type="checkbox" className="size-5 shrink-0 accent-accent" checked={selection.platforms.includes(platform.slug)} onChange={(event) => togglePlatform(platform.slug, event.target.checked)} />
                  {platform.slug === CROSS_PLATFORM ? CROSS_PLATFORM_LABEL : platform.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="flex flex-col gap-1 sm:max-w-xs">
          <label htmlFor="plan-region" className="font-semibold">
            Where do you live?
          </label>
          <select
            id="plan-region"
            value={selection.region ?? ""}
            onChange={(event) => keep({ ...selection, region: PLACES.find((place) => place === event.target.value) ?? null })}
            className="min-h-11 rounded-lg border border-line bg-surface px-3 text-ink"
          >
            <option value="">Show guides for every region</option>
            {PLACES.filter((place) => place !== "worldwide").map((place) => (
              <option key={place} value={place}>
                {PLACE_LABELS[place]}
              </option>
            ))}
          </select>
        </div>
        <p className="text-sm text-muted" data-plan-account={account}>
          {ACCOUNT_STATE_TEXT[account]}
        </p>
        {selection.platforms.length > 0 ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="plan-share-link" className="text-sm font-semibold">
              Link to share this plan (your choices only, never your progress)
            </label>
            <input id="plan-share-link" readOnly value={shareUrl} onFocus={(event) => event.target.select()} className="min-h-11 rounded-lg border border-line bg-canvas px-3 text-sm text-ink" />
          </div>
        ) : null}
      </section>
      <PlanChecklistView guides={guides} changes={changes} selection={selection} />
    </div>
  );
}
