import type { Metadata } from "next";
import { AlertNotice } from "@/components/alerts/alert-notice";

export const metadata: Metadata = { title: "Unsubscribed", robots: { index: false } };

export default function AlertsUnsubscribedPage() {
  return (
    <AlertNotice title="You are unsubscribed">
      <p>No more alerts will be sent for this subscription, and its address has been deleted.</p>
    </AlertNotice>
  );
}
