import type { Metadata } from "next";
import { contentIndex } from "@/server/content/content-index";
import { myProgressForPage } from "@/server/progress/progress-service";
import { Dashboard } from "@/components/dashboard/dashboard";

export const metadata: Metadata = {
  title: "Your dashboard",
  description: "Your privacy checklists: what needs re-checking after a platform change, what is in progress and what is done.",
  robots: { index: false },
};

/** Rendered per request: signed in, the account's progress is in the HTML, so the page shows at once. */
export default async function DashboardPage() {
  const [{ guides, changes }, accountProgress] = await Promise.all([contentIndex(), myProgressForPage()]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Your dashboard</h1>
        <p className="text-muted">Steps that need re-checking after a platform changed them come first.</p>
      </div>
      <Dashboard guides={guides} changes={changes} accountProgress={accountProgress} />
    </div>
  );
}
