import type { Metadata } from "next";
import { z } from "zod";
import { tokenQuerySchema } from "@/lib/alerts/alert-links";
import { isConfirmTokenPending } from "@/server/alerts/subscriptions";
import { AlertNotice } from "@/components/alerts/alert-notice";
import { Button } from "@/components/ui/button";

// same-origin, not no-referrer: the token stays off other sites, and the button's POST keeps its real Origin (CSRF check).
export const metadata: Metadata = { title: "Confirm your alerts", robots: { index: false }, referrer: "same-origin" };
export const dynamic = "force-dynamic";

const searchParamsSchema = tokenQuerySchema.extend({ status: z.literal("invalid").optional().catch(undefined) });

/**
 * Double opt-in: the link shows this button; pressing it confirms (a GET never does, mail scanners
 * prefetch links). A used or expired link says so at once instead of showing a button that fails.
 */
export default async function AlertsConfirmPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token, status } = searchParamsSchema.parse(await searchParams);
  if (!token || status === "invalid" || !(await isConfirmTokenPending(token))) {
    return (
      <AlertNotice title="This link does not work" next={{ href: "/alerts/subscribe?scope=all", label: "Subscribe again" }}>
        <p role="alert">This confirmation link is invalid, was already used, or has expired (links work for 24 hours). Please subscribe again.</p>
      </AlertNotice>
    );
  }
  return (
    <AlertNotice title="Confirm your alerts">
      <p>Press the button to start the email alerts you asked for.</p>
      <form method="post" action="/api/alerts/confirm">
        <input type="hidden" name="token" value={token} />
        <Button type="submit">Confirm my alerts</Button>
      </form>
    </AlertNotice>
  );
}
