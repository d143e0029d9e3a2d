import type { Metadata } from "next";
import Link from "next/link";
import { planCatalog } from "@/server/plan/plan-catalog";
import { PlanBuilder } from "@/components/plan/plan-builder";

export const metadata: Metadata = {
  title: "My privacy plan",
  description: "Pick the services you use and where you live, and get one checklist of the privacy settings to change, with the time it takes.",
  alternates: { canonical: "/plan" },
};

/** Static like every content page: the selection and progress are the browser's (and the account's), read after hydration. */
export default async function PlanPage() {
  const { guides, changes, platforms } = await planCatalog();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">My privacy plan</h1>
        <p className="text-muted">Pick the services you use and where you live: OffSwitch lists every setting to change, in one checklist.</p>
      </div>
      <noscript>
        <p>
          The plan needs JavaScript. Every guide is readable without it: see{" "}
          <Link href="/platforms" className="text-accent underline">
            the guides by platform
          </Link>
          .
        </p>
      </noscript>
      <PlanBuilder guides={guides} changes={changes} platforms={platforms} />
    </div>
  );
}
