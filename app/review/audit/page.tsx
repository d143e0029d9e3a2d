import type { Metadata } from "next";
import Link from "next/link";
import { ReviewPageHeading } from "@/components/review/review-page-heading";
import { notFound } from "next/navigation";
import { z } from "zod";
import { editorActionLabel } from "@/lib/review/audit-actions";
import { currentEditor } from "@/server/review/editors";
import { editorAuditLog } from "@/server/review/audit-log";

export const metadata: Metadata = { title: "Editors' audit log", robots: { index: false } };
export const dynamic = "force-dynamic";

const searchSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await currentEditor())) notFound();
  const { page } = searchSchema.parse(await searchParams);
  const { entries, hasMore } = await editorAuditLog(page);
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <ReviewPageHeading title="Editors' audit log" />
      <p className="text-muted">Every editor action and every change to who is an editor, newest first. Nothing here can be edited or deleted from the site.</p>
      {entries.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">When (UTC)</th>
                <th scope="col" className="py-2 pr-3">Who</th>
                <th scope="col" className="py-2 pr-3">What</th>
                <th scope="col" className="py-2 pr-3">Guide</th>
                <th scope="col" className="py-2">Detail</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className="border-b border-line align-top" data-testid="audit-entry">
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <time dateTime={entry.at.toISOString()}>{entry.at.toISOString().slice(0, 16).replace("T", " ")}</time>
                  </td>
                  <td className="py-2 pr-3">{entry.actor}</td>
                  <td className="py-2 pr-3">{editorActionLabel(entry.action)}</td>
                  <td className="py-2 pr-3">{entry.guideSlug ?? "—"}</td>
                  <td className="py-2 break-words">{entry.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Audit log pages" className="flex gap-4 text-sm">
        {page > 1 ? (
          <Link href={`/review/audit?page=${page - 1}`} className="text-accent underline">
            Newer
          </Link>
        ) : null}
        {hasMore ? (
          <Link href={`/review/audit?page=${page + 1}`} className="text-accent underline">
            Older
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
