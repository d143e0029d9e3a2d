"use client";

import { useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import { hasSignedInHint } from "@/lib/auth/signed-in-hint";
import { isGuideFollowing } from "@/lib/alerts/following";

const inputClass = "block min-h-11 w-full max-w-sm rounded-lg border border-line bg-surface px-3 py-2 text-ink";
const noSubscription = () => () => {};

/**
 * The subscribe form's address field. The form is on static pages, so the server cannot know who
 * is signed in; in the browser, the signed-in hint cookie says so and the field gives way to a
 * note, since the account's address is used. Without JavaScript the field stays, with a hint.
 */
export function SubscribeEmailField({ errorMessage, followingGuide, followingNote }: { errorMessage?: string; followingGuide?: string; followingNote?: ReactNode }) {
  const signedIn = useSyncExternalStore(noSubscription, () => hasSignedInHint(document.cookie), () => false);
  const [otherAddress, setOtherAddress] = useState(false);
  const [following, setFollowing] = useState(false);
  // On a guide page, signed in: ask once whether the person already follows it (GET /api/alerts/following).
  useEffect(() => {
    if (!signedIn || !followingGuide) return;
    let current = true;
    fetch(`/api/alerts/following?guide=${encodeURIComponent(followingGuide)}`, { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { following?: unknown } | null) => {
        if (current) setFollowing(isGuideFollowing(body?.following));
      })
      .catch(() => {
        // Offline or signed out meanwhile: the form alone is still right.
      });
    return () => {
      current = false;
    };
  }, [signedIn, followingGuide]);
  if (signedIn && !otherAddress && !errorMessage) {
    return (
      <>
      {following ? followingNote : null}
      <p className="text-sm">
        Alerts go to the address you signed in with; you can change or stop them on your account page.{" "}
        <button type="button" className="min-h-11 font-medium text-accent underline" onClick={() => setOtherAddress(true)}>
          Use another address
        </button>
      </p>
      </>
    );
  }
  return (
    <div className="space-y-1">
      <label htmlFor="alerts-email" className="block text-sm font-semibold">
        Email address
      </label>
      <input
        id="alerts-email"
        name="email"
        type="email"
        autoComplete="email"
        aria-describedby={errorMessage ? "alerts-email-error alerts-email-hint" : "alerts-email-hint"}
        aria-invalid={errorMessage ? true : undefined}
        className={inputClass}
      />
      {errorMessage ? (
        <p id="alerts-email-error" role="alert" className="text-sm font-medium text-[#a3261d] dark:text-[#ff9b8f]">
          {errorMessage}
        </p>
      ) : null}
      <p id="alerts-email-hint" className="text-sm text-muted">
        We email you a link to confirm. Signed in? Leave this empty to use your account&rsquo;s address.
      </p>
    </div>
  );
}
