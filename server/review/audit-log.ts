import "server-only";
import { db } from "@/server/db/client";
import { requireEditor } from "@/server/review/require-editor";

export type AuditEntry = { id: string; at: Date; actor: string; action: string; guideSlug: string | null; detail: string };

export const AUDIT_PAGE_SIZE = 100;

/** The editors' audit log, newest first, a page at a time. Editors only. */
export async function editorAuditLog(page = 1): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
  await requireEditor();
  const rows = await db.editorAction.findMany({
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, at: true, actor: true, action: true, guideSlug: true, detail: true },
  });
  return { entries: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE };
}
