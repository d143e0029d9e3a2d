import Link from "next/link";
import type { MySubscription } from "@/lib/alerts/subscription-view";
import { changeSubscriptionCadence, removeSubscription } from "@/app/alerts/actions";
import { Button } from "@/components/ui/button";

function statusLabel(subscription: MySubscription): string {
  if (subscription.bounced) return "Not sent: the address kept failing";
  return subscription.confirmed ? "Confirmed" : "Waiting for you to confirm by email";
}

/** The account page's alert subscriptions: each with its scope, status, cadence to change and a remove button. Plain forms: no JavaScript needed. */
export function MySubscriptions({ subscriptions }: { subscriptions: readonly MySubscription[] }) {
  return (
    <section aria-labelledby="alerts-heading" className="space-y-3">
      <h2 id="alerts-heading" className="text-xl font-semibold">
        Email alerts
      </h2>
      {subscriptions.length === 0 ? (
        <p className="text-muted">
          You have no alerts. Subscribe from any guide or from the{" "}
          <Link href="/changes" className="text-accent underline">
            settings changes
          </Link>{" "}
          page.
        </p>
      ) : (
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface" aria-label="Your alert subscriptions">
          {subscriptions.map((subscription) => (
            <li key={subscription.id} className="flex flex-wrap items-end justify-between gap-3 p-3 text-sm">
              <div className="space-y-1">
                <p className="font-semibold">{subscription.label}</p>
                <p className="text-muted">{statusLabel(subscription)}</p>
              </div>
              <div className="flex flex-wrap items-end gap-2">
                <form action={changeSubscriptionCadence} className="flex items-end gap-2">
                  <input type="hidden" name="id" value={subscription.id} />
                  <div className="space-y-1">
                    <label htmlFor={`cadence-${subscription.id}`} className="block text-xs font-semibold">
                      How often
                    </label>
                    <select id={`cadence-${subscription.id}`} name="cadence" defaultValue={subscription.cadence} className="min-h-11 rounded-lg border border-line bg-surface px-2 text-ink">
                      <option value="immediate">As soon as it changes</option>
                      <option value="weekly">Weekly digest</option>
                    </select>
                  </div>
                  <Button type="submit" variant="secondary">
                    Save<span className="sr-only"> how often for {subscription.label}</span>
                  </Button>
                </form>
                <form action={removeSubscription}>
                  <input type="hidden" name="id" value={subscription.id} />
                  <Button type="submit" variant="secondary">
                    Remove<span className="sr-only"> alerts for {subscription.label}</span>
                  </Button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
