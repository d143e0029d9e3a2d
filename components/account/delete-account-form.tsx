"use client";

import { useActionState } from "react";
import { deleteAccount, type AccountActionState } from "@/app/account/actions";
import { forgetAccountProgress } from "@/components/checklist/progress-sync";
import { Button } from "@/components/ui/button";

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<AccountActionState, FormData>(async (previous, form) => {
    if (String(form.get("confirmEmail") ?? "").trim().toLowerCase() === email.toLowerCase()) await forgetAccountProgress();
    return deleteAccount(previous, form);
  }, {});
  return (
    <form action={action} className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="confirm-email" className="block text-sm font-semibold">
          Type your email address to confirm
        </label>
        <input
          id="confirm-email"
          name="confirmEmail"
          type="email"
          autoComplete="off"
          required
          aria-describedby={state.error ? "delete-error" : undefined}
          className="block min-h-11 w-full max-w-sm rounded-lg border border-line bg-surface px-3 py-2"
        />
        {state.error ? (
          <p id="delete-error" role="alert" className="text-sm font-medium text-[#a3261d] dark:text-[#ff9b8f]">
            {state.error}
          </p>
        ) : null}
      </div>
      <Button type="submit" variant="danger" disabled={pending}>
        Delete my account
      </Button>
    </form>
  );
}
