import type { Metadata } from "next";
import { AlertResultNotice } from "@/components/alerts/alert-notice";
import { alertResultTarget } from "@/server/alerts/alert-result";

export const metadata: Metadata = { title: "Alerts confirmed", robots: { index: false } };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AlertsConfirmedPage({ searchParams }: PageProps) {
  const target = await alertResultTarget(await searchParams);
  return (
    <AlertResultNotice title="Your alerts are on" target={target}>
      <p>Thank you for confirming. Every alert email has a link to stop them with one click.</p>
    </AlertResultNotice>
  );
}
