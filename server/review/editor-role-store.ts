import "server-only";
import { isEditorRole } from "@/lib/review/editor-role";
import { db } from "@/server/db/client";

// No session here: the command line uses this module, and it must not load Auth.js or Next.

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
