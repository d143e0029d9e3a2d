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

export type RoleChange = { outcome: "granted" | "revoked" | "unchanged" | "no-account"; email: string };

/**
 * `npm run editor:grant` / `editor:revoke`: sets the role of the account with this address and
 * writes the audit log in the same transaction (invariant: every role change has its log line).
 */
export async function setEditorRole(email: string, editor: boolean): Promise<RoleChange> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, role: true } });
    if (!user) return { outcome: "no-account", email };
    if (isEditorRole(user.role) === editor) return { outcome: "unchanged", email };
    await tx.user.update({ where: { id: user.id }, data: editor ? { role: "editor" } : { role: "reader", reviewAlerts: false } });
    await tx.editorAction.create({ data: { actor: "command line", action: editor ? "editor-granted" : "editor-revoked", detail: email } });
    return { outcome: editor ? "granted" : "revoked", email };
  });
}
