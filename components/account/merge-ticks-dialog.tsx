"use client";

import { useEffect, useRef } from "react";
import { answerMergeOffer } from "@/components/checklist/progress-sync";
import { Button } from "@/components/ui/button";

/**
 * Asked once, at the first sync of an account in a browser that holds ticks the account lacks. A
 * sign-in link works in any browser, so the account may not be the person's own (someone can send
 * them a link to theirs): the browser's ticks join an account only when the person says so.
 * Closing the dialog (Escape) keeps them separate, the choice that sends nothing anywhere.
 * Loaded only when it is needed (merge-ticks-prompt.tsx), so pages carry none of it.
 */
export function MergeTicksDialog({ email, ticks }: { email: string; ticks: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const answered = useRef(false);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    // The answer that sends nothing has the focus (showModal would focus the first button).
    dialog.current?.querySelector<HTMLButtonElement>("[data-keep-separate]")?.focus();
  }, []);

  const answer = (add: boolean) => {
    answered.current = true;
    dialog.current?.close();
    void answerMergeOffer(add);
  };
  const onClose = () => {
    if (!answered.current) answer(false);
  };

  const tickWord = ticks === 1 ? "tick" : "ticks";
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="merge-ticks-heading"
      aria-describedby="merge-ticks-summary"
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-xl border border-line bg-surface p-5 text-ink backdrop:bg-black/60"
    >
      <div className="space-y-4">
        <h2 id="merge-ticks-heading" className="text-xl font-semibold">
          Add the {ticks} {tickWord} in this browser to <span className="break-all">{email}</span>?
        </h2>
        <p id="merge-ticks-summary">
          You are signed in as <strong className="break-all">{email}</strong>. This browser holds {ticks} ticked step{ticks === 1 ? "" : "s"} that
          this account does not have yet.
        </p>
        <ul className="list-disc space-y-2 pl-5 text-sm">
          <li>
            <strong>Add them</strong>: they are saved to the account and show on every device signed in to it.
          </li>
          <li>
            <strong>Keep them separate</strong>: nothing is sent. While you are signed in, this browser shows the account&rsquo;s ticks;{" "}
            {ticks === 1 ? "its own tick comes" : `its own ${ticks} ticks come`} back here when you sign out.
          </li>
        </ul>
        <p className="text-sm text-muted">If you did not mean to sign in to this account, keep them separate and sign out.</p>
        <div className="flex flex-wrap gap-3">
          <Button onClick={() => answer(true)}>
            Add {ticks} {tickWord}
          </Button>
          <Button data-keep-separate variant="secondary" onClick={() => answer(false)}>
            Keep them separate
          </Button>
        </div>
      </div>
    </dialog>
  );
}
