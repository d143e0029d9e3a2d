import { BellRing } from "lucide-react";
import { SUBSCRIBE_ERRORS, type AlertCadence, type AlertScope, type SubscribeErrorCode } from "@/lib/alerts/subscribe-form";
import { Button } from "@/components/ui/button";
import { SubscribeEmailField } from "@/components/alerts/subscribe-email-field";

type SubscribeFormProps = {
  scope: AlertScope;
  scopeSlug?: string;
  /** The form's heading, naming what the alerts are about (subscribeHeading). */
  heading: string;
  cadence?: AlertCadence;
  error?: SubscribeErrorCode;
  /** The heading level where the form sits in its page's outline. */
  headingLevel?: 1 | 2;
  className?: string;
  /** On a guide page: say "You follow this guide" when the signed-in person already does. */
  showFollowing?: boolean;
};

/**
 * Email alerts for a guide, a platform or everything: a plain HTML form (works without JavaScript),
 * posted to /api/alerts/subscribe. Signed-in people subscribe their account's address with one click
 * (the address field gives way in the browser); anyone else gets a confirmation link by email.
 */
export function SubscribeForm({ scope, scopeSlug, heading, cadence = "immediate", error, headingLevel = 2, className = "", showFollowing = false }: SubscribeFormProps) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const emailError = error === "invalid-email" || error === "missing-email";
  return (
    <section aria-labelledby="alerts-heading" className={`space-y-3 rounded-xl border border-line bg-surface p-4 ${className}`} data-print="hide">
      <Heading id="alerts-heading" className={headingLevel === 1 ? "text-3xl font-bold tracking-tight" : "text-lg font-semibold"}>
        {heading}
      </Heading>
      {error && !emailError ? (
        <p id="alerts-form-error" role="alert" className="text-sm font-medium text-[#a3261d] dark:text-[#ff9b8f]">
          {SUBSCRIBE_ERRORS[error]}
        </p>
      ) : null}
      <form method="post" action="/api/alerts/subscribe" className="space-y-3" noValidate>
        <input type="hidden" name="scope" value={scope} />
        {scopeSlug ? <input type="hidden" name="scopeSlug" value={scopeSlug} /> : null}
        <SubscribeEmailField
          errorMessage={emailError ? SUBSCRIBE_ERRORS[error] : undefined}
          followingGuide={showFollowing && scope === "guide" ? scopeSlug : undefined}
          followingNote={
          <p className="flex items-start gap-2 rounded-lg bg-done-soft p-3 text-sm" data-following>
            <BellRing aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span>
              <strong className="font-semibold">You follow this guide.</strong> Your alerts cover it: you get an email when it changes.{" "}
              <a href="/account" className="text-accent underline">
                Manage your alerts
              </a>
            </span>
          </p>
          }
        />
        <fieldset className="space-y-1">
          <legend className="text-sm font-semibold">How often</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="cadence" value="immediate" defaultChecked={cadence === "immediate"} className="size-4" />
              As soon as it changes
            </label>
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="cadence" value="weekly" defaultChecked={cadence === "weekly"} className="size-4" />
              Weekly digest
            </label>
          </div>
        </fieldset>
        <Button type="submit">Subscribe to alerts</Button>
      </form>
    </section>
  );
}
