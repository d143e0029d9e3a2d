import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { stopReminders } from "@/app/reminders/stop/actions";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Stop review reminders", robots: { index: false } };
export const dynamic = "force-dynamic";

const searchSchema = z.object({ token: z.string().max(100).optional().catch(undefined), stopped: z.literal("1").optional().catch(undefined) });

/** Where a reminder email's stop link leads: a button (mail scanners follow links, they do not submit forms). */
export default async function StopRemindersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token, stopped } = searchSchema.parse(await searchParams);
  if (stopped) {
    return (
      <div className="mx-auto max-w-2xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Reminders stopped</h1>
        <p className="text-muted">
          You will get no more review reminders. You can turn them on again on <Link href="/account" className="text-accent underline">your account page</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Stop review reminders?</h1>
      <p className="text-muted">We will no longer email you reminders to review your privacy settings.</p>
      <form action={stopReminders}>
        <input type="hidden" name="token" value={token ?? ""} />
        <Button type="submit">Stop reminders</Button>
      </form>
    </div>
  );
}
