import type { Metadata } from "next";
import { ReviewPageHeading } from "@/components/review/review-page-heading";
import { notFound } from "next/navigation";
import { AppError } from "@/server/errors";
import { changeEntryDraft, changeEntryRequestSchema } from "@/server/review/change-entry";
import { currentEditor } from "@/server/review/editors";

export const metadata: Metadata = { title: "Draft change entry", robots: { index: false } };
export const dynamic = "force-dynamic";

type DraftPageProps = { params: Promise<{ guide: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DraftPage({ params, searchParams }: DraftPageProps) {
  if (!(await currentEditor())) notFound();
  const request = changeEntryRequestSchema.safeParse({ ...(await searchParams), guide: (await params).guide });
  if (!request.success) notFound();
  const draft = await changeEntryDraft(request.data).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not-found") notFound();
    throw error;
  });
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <ReviewPageHeading title="Draft change entry" />
      <p>
        Save this as <code data-testid="draft-file-name">{draft.fileName}</code>, read it against the official page, reword the title, summary and body to say what
        changed, run <code>npm run content:check</code> and commit it. Its front matter already passes the change-entry schema. Once the guide matches the page,
        mark it still correct in the queue.
      </p>
      <label className="block space-y-1">
        <span className="font-semibold">The file, ready to copy</span>
        <textarea readOnly value={draft.text} rows={Math.min(40, draft.text.split("\n").length + 2)} className="w-full rounded-lg border border-line bg-surface p-3 font-mono text-xs" data-testid="draft-text" />
      </label>
    </div>
  );
}
