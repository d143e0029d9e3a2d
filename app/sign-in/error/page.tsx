import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";

export const metadata: Metadata = { title: "Sign-in problem", robots: { index: false } };

const searchParamsSchema = z.object({ error: z.string().max(40).optional().catch(undefined) });

const MESSAGES: Record<string, string> = {
  Verification: "This sign-in link has expired or has already been used. Links work once, for ten minutes.",
  AccessDenied: "That sign-in was not allowed.",
  Configuration: "Sign-in is not available right now. Please try again later.",
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { error } = searchParamsSchema.parse(await searchParams);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">We couldn&rsquo;t sign you in</h1>
      <p>{(error && MESSAGES[error]) ?? "Something went wrong while signing you in."}</p>
      <Link href="/sign-in" className="inline-flex min-h-11 items-center rounded-lg bg-accent px-5 py-2.5 font-semibold text-on-accent hover:bg-accent-strong">
        Get a new sign-in link
      </Link>
    </div>
  );
}
