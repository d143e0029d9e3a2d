import "server-only";
import { isEditorRole } from "@/lib/review/editor-role";
import { currentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";

export type Editor = { id: string; email: string };

/**
 * The signed-in person if they are an editor, else undefined. The role is read from the database
 * on every call, so a revocation takes effect on the next request, not when the session ends.
 * Review pages and actions answer 404 for undefined: for anyone else /review does not exist.
 */
export async function currentEditor(): Promise<Editor | undefined> {
  const user = await currentUser();
  if (!user) return undefined;
  const row = await db.user.findUnique({ where: { id: user.id }, select: { id: true, email: true, role: true } });
  return row && isEditorRole(row.role) ? { id: row.id, email: row.email } : undefined;
}
