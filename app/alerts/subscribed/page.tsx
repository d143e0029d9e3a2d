import type { Metadata } from "next";
import { AlertResultNotice } from "@/components/alerts/alert-notice";
import { alertResultTarget } from "@/server/alerts/alert-result";

export const metadata: Metadata = { title: "Subscribed", robots: { index: false } };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AlertsSubscribedPage({ searchParams }: PageProps) {
  const target = await alertResultTarget(await searchParams);
  return (
    <AlertResultNotice title="You are subscribed" target={target}>
      <p>
        Alerts go to your account&rsquo;s email address. Change how often, or stop them, from any alert email or here:{" "}
        <a href="/account" className="text-accent underline">
          Manage your alerts
        </a>
      </p>
    </AlertResultNotice>
  );
}
