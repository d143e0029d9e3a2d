import type { Metadata } from "next";
import { AlertNotice } from "@/components/alerts/alert-notice";
import { alertResultTarget, cadenceWords } from "@/server/alerts/alert-result";

export const metadata: Metadata = { title: "Subscribed", robots: { index: false } };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AlertsSubscribedPage({ searchParams }: PageProps) {
  const target = await alertResultTarget(await searchParams);
  return (
    <AlertNotice title="You are subscribed" next={target ? { href: target.href, label: target.backLabel } : undefined}>
      {target ? (
        <p data-alert-target>
          You will get an email about {target.what}, {cadenceWords(target.cadence)}.
        </p>
      ) : null}
      <p>
        Alerts go to your account&rsquo;s email address. Change how often, or stop them, from any alert email or here:{" "}
        <a href="/account" className="text-accent underline">
          Manage your alerts
        </a>
      </p>
    </AlertNotice>
  );
}
