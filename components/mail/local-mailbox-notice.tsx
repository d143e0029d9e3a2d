import Link from "next/link";

/** After an email is sent, when this copy catches mail locally (no SMTP_URL): where to find it. */
export function LocalMailboxNotice({ mailIsCaughtLocally }: { mailIsCaughtLocally: boolean }) {
  if (!mailIsCaughtLocally) return null;
  return (
    <p className="rounded-lg border border-note-line bg-note-soft p-3 text-sm">
      This copy of OffSwitch catches mail locally instead of sending it.{" "}
      <Link href="/dev/mail" className="font-semibold text-accent underline">
        Open the local mailbox
      </Link>
    </p>
  );
}
