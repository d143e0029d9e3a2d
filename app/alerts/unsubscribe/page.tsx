import type { Metadata } from "next";
import { tokenQuerySchema } from "@/lib/alerts/alert-links";
import { AlertNotice } from "@/components/alerts/alert-notice";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false }, referrer: "same-origin" };
export const dynamic = "force-dynamic";

/**
 * Works without signing in: the token in the link is the authorization. Shows a button that posts
 * (the same one-click route mail providers use); opening the link alone never unsubscribes.
 */
export default async function AlertsUnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = tokenQuerySchema.parse(await searchParams);
  if (!token) {
    return (
      <AlertNotice title="This link does not work" next={{ href: "/account", label: "Manage alerts on your account page" }}>
        <p role="alert">This unsubscribe link is incomplete. Use the link from your most recent alert email, or sign in to manage your alerts.</p>
      </AlertNotice>
    );
  }
  return (
    <AlertNotice title="Stop these alerts?">
      <p>Press the button to stop this subscription and delete its address. You can subscribe again at any time.</p>
      <form method="post" action={`/api/alerts/unsubscribe?token=${encodeURIComponent(token)}&via=page`}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <Button type="submit">Unsubscribe</Button>
      </form>
    </AlertNotice>
  );
}
