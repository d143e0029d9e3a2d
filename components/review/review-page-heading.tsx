import Link from "next/link";

/** The heading of a page under /review, with the way back to the queue above it. */
export function ReviewPageHeading({ title }: { title: string }) {
  return (
    <>
      <p className="text-sm">
        <Link href="/review" className="text-accent underline">
          Review queue
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
    </>
  );
}
