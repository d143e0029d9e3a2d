"use client";

import { useState, useSyncExternalStore } from "react";
import { hasSignedInHint } from "@/lib/auth/signed-in-hint";

const inputClass = "block min-h-11 w-full max-w-sm rounded-lg border border-line bg-surface px-3 py-2 text-ink";
const noSubscription = () => () => {};

/**
 * The subscribe form's address field. The form is on static pages, so the server cannot know who
 * is signed in; in the browser, the signed-in hint cookie says so and the field gives way to a
 * note, since the account's address is used. Without JavaScript the field stays, with a hint.
 */
export function SubscribeEmailField({ errorMessage }: { errorMessage?: string }) {
  const signedIn = useSyncExternalStore(noSubscription, () => hasSignedInHint(document.cookie), () => false);
  const [otherAddress, setOtherAddress] = useState(false);
  if (signedIn && !otherAddress && !errorMessage) {
    return (
      <p className="text-sm">
        Alerts go to the address you signed in with; you can change or stop them on your account page.{" "}
        <button type="button" className="min-h-11 font-medium text-accent underline" onClick={() => setOtherAddress(true)}>
          Use another address
        </button>
      </p>
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
