"use client";

import { useActionState } from "react";
import { requestSignInLink, type SignInFormState } from "@/app/sign-in/actions";
import { Button } from "@/components/ui/button";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInFormState, FormData>(requestSignInLink, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="space-y-1">
        <label htmlFor="email" className="block font-semibold">
          Email address
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email}
          aria-describedby={state.error ? "email-error" : "email-hint"}
          aria-invalid={state.error ? true : undefined}
          className="block min-h-11 w-full rounded-lg border border-line bg-surface px-3 py-2 text-ink"
        />
        {state.error ? (
          <p id="email-error" role="alert" className="text-sm font-medium text-[#a3261d] dark:text-[#ff9b8f]">
            {state.error}
          </p>
        ) : (
          <p id="email-hint" className="text-sm text-muted">
            We&rsquo;ll email you a link that signs you in. No password.
          </p>
        )}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
