import type { Metadata } from "next";
import { AlertNotice } from "@/components/alerts/alert-notice";
import { alertResultTarget, cadenceWords } from "@/server/alerts/alert-result";

export const metadata: Metadata = { title: "Alerts confirmed", robots: { index: false } };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AlertsConfirmedPage({ searchParams }: PageProps) {
  const target = await alertResultTarget(await searchParams);
  return (
    <AlertNotice title="Your alerts are on" next={target ? { href: target.href, label: target.backLabel } : undefined}>
      {target ? (
        <p data-alert-target>
          You will get an email about {target.what}, {cadenceWords(target.cadence)}.
        </p>
      ) : null}
      <p>Thank you for confirming. Every alert email has a link to stop them with one click.</p>
    </AlertNotice>
  );
}
