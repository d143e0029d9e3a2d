"use client";

import { useState, useTransition } from "react";
import { flushOutbox, forgetAccountProgress, unsyncedTickCount } from "@/components/checklist/progress-sync";
import { signOutHere, signOutOnEveryDevice } from "@/app/account/actions";
import { Button } from "@/components/ui/button";

/**
 * Signing out first sends any queued ticks, then clears this browser's copy of the account's
 * progress, so the next person on a shared computer sees nothing of it, then ends the session on
 * the server and loads the home page.
 */
export function SignOutButtons() {
  const [pending, startTransition] = useTransition();
  const [warning, setWarning] = useState<{ everywhere: boolean; waiting: number } | null>(null);

  const signOut = (everywhere: boolean, force = false) =>
    startTransition(async () => {
      await flushOutbox();
      const waiting = unsyncedTickCount();
      if (waiting > 0 && !force) {
        setWarning({ everywhere, waiting });
        return;
      }
      await forgetAccountProgress();
      await (everywhere ? signOutOnEveryDevice() : signOutHere());
      // A full load, not a client-side navigation: a sync that answered while the session was
      // still alive must not leave the header saying "Account" on the next page.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- the full load is the point
      window.location.assign("/");
    });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={pending} onClick={() => signOut(false)}>
          Sign out
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => signOut(true)}>
          Sign out everywhere
        </Button>
      </div>
      {warning ? (
        <div role="alert" className="space-y-2 rounded-lg border border-warn-line bg-warn-soft p-3 text-sm">
          <p>
            {warning.waiting} tick{warning.waiting === 1 ? " has" : "s have"} not reached your account yet (the server cannot be reached). If you sign
            out now, they are lost.
          </p>
          <Button variant="danger" disabled={pending} onClick={() => signOut(warning.everywhere, true)}>
            Sign out anyway
          </Button>
        </div>
      ) : null}
    </div>
  );
}
