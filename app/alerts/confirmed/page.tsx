import type { Metadata } from "next";
import { AlertNotice } from "@/components/alerts/alert-notice";

export const metadata: Metadata = { title: "Alerts confirmed", robots: { index: false } };

export default function AlertsConfirmedPage() {
  return (
    <AlertNotice title="Your alerts are on">
      <p>Thank you for confirming. Every alert email has a link to stop them with one click.</p>
    </AlertNotice>
  );
}
