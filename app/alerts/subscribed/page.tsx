import type { Metadata } from "next";
import { AlertNotice } from "@/components/alerts/alert-notice";

export const metadata: Metadata = { title: "Subscribed", robots: { index: false } };

export default function AlertsSubscribedPage() {
  return (
    <AlertNotice title="You are subscribed" next={{ href: "/account", label: "Manage your alerts" }}>
      <p>Alerts go to your account&rsquo;s email address. Change how often, or stop them, on your account page or from any alert email.</p>
    </AlertNotice>
  );
}
