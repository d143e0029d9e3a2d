"use client";

import { Button } from "@/components/ui/button";

/**
 * A sign-in link works in any browser, so the account signed in here may not be the person's own:
 * a plan made in this browser is saved to it only when the person says so.
 */
export function PlanOffer({ onAnswer }: { onAnswer: (save: boolean) => void }) {
  return (
    <div role="group" aria-labelledby="plan-offer-question" className="space-y-2 rounded-lg border border-note-line bg-note-soft p-3" data-plan-offer>
      <p id="plan-offer-question" className="font-semibold">
        Save the plan in this browser to your account?
      </p>
      <p className="text-sm">
        Your account has no plan yet. Keep it separate and nothing is sent: while you are signed in this page shows the account&rsquo;s plan,
        and this browser&rsquo;s comes back when you sign out.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => onAnswer(true)}>Save to my account</Button>
        <Button variant="secondary" onClick={() => onAnswer(false)}>
          Keep it separate
        </Button>
      </div>
    </div>
  );
}
