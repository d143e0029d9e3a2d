import type { AlertCadence } from "@/lib/alerts/subscribe-form";

/** One of the signed-in person's alert subscriptions, as the account page shows it. */
export type MySubscription = { id: string; label: string; cadence: AlertCadence; confirmed: boolean; bounced: boolean };
