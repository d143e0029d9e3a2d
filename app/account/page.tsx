import type { Metadata } from "next";
import Link from "next/link";
import { currentUser } from "@/server/auth/current-user";
import { myAccountOverview } from "@/server/account/account-service";
import { BrowserProgressTransfer } from "@/components/account/browser-progress-transfer";
import { SignOutButtons } from "@/components/account/sign-out-buttons";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { MySubscriptions } from "@/components/alerts/my-subscriptions";
import { listMySubscriptions } from "@/server/alerts/my-subscriptions";
import { ReminderSection } from "@/components/reminders/reminder-section";
import { myReminder } from "@/server/reminders/reminder-service";

export const metadata: Metadata = { title: "Your account and data", robots: { index: false } };
export const dynamic = "force-dynamic";

const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function AccountPage() {
  const user = await currentUser();
  if (!user) {
    return (
      <div className="mx-auto max-w-2xl space-y-8">
        <div className="space-y-2">
          <h1 className="text-3xl font-bold tracking-tight">Your data</h1>
          <p className="text-muted">
            You are not signed in. Your checklist progress is kept in this browser only.{" "}
            <Link href="/sign-in?callbackUrl=/account" className="text-accent underline">
              Sign in
            </Link>{" "}
            to keep it on every device.
          </p>
        </div>
        <BrowserProgressTransfer />
        <ReminderSection signedIn={false} reminder={null} />
      </div>
    );
  }

  const { email, sessions } = await myAccountOverview();
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
        <p>
          Signed in as <strong>{email}</strong>.
        </p>
        <p className="text-muted">
          What we store for this account: the address, your checklist ticks and when you made them, your privacy plan (platforms and
          where you live), your change alerts with the emails sent for them, in-app notices, your review reminder, and the browsers you
          are signed in on. No name, no tracking, no analytics. A report that a step does not match your screen is anonymous: it
          is not tied to this account, so it is not in the download and cannot be deleted with it.
        </p>
      </div>

      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          Where you are signed in
        </h2>
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
          {sessions.map((session) => (
            <li key={session.id} className="flex flex-wrap justify-between gap-2 p-3 text-sm">
              <span>
                Signed in {dateTime.format(session.createdAt)} UTC{session.current ? <strong> (this browser)</strong> : null}
              </span>
              <span className="text-muted">expires {dateTime.format(session.expires)} UTC</span>
            </li>
          ))}
        </ul>
        <SignOutButtons />
      </section>

      <MySubscriptions subscriptions={await listMySubscriptions()} />
      <ReminderSection signedIn reminder={await myReminder()} />

      <section aria-labelledby="export-heading" className="space-y-3">
        <h2 id="export-heading" className="text-xl font-semibold">
          Download your data
        </h2>
        <p className="text-muted">A JSON file with everything listed above: your account, sign-in sessions, ticks, plan, alerts and the emails sent for them, notices and reminder.</p>
        <a href="/api/account/export" download className="inline-flex min-h-11 items-center rounded-lg border border-line bg-surface px-4 py-2 text-sm font-semibold hover:bg-accent-soft">
          Download my data
        </a>
      </section>

      <section aria-labelledby="delete-heading" className="space-y-3">
        <h2 id="delete-heading" className="text-xl font-semibold">
          Delete your account
        </h2>
        <p className="text-muted">
          This removes your account, your progress and every session, for good. Ticks in this browser are cleared too.
        </p>
        <DeleteAccountForm email={email} />
      </section>
    </div>
  );
}
