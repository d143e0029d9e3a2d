import "server-only";
import { db } from "@/server/db/client";
import { requireEditor } from "@/server/review/require-editor";

/** An editor turns "email me when something new is flagged" on or off; logged. */
export async function setMyReviewAlerts(on: boolean): Promise<void> {
  const editor = await requireEditor();
  // Invariant: the preference and its audit line change together.
  await db.$transaction([
    db.user.update({ where: { id: editor.id }, data: { reviewAlerts: on } }),
    db.editorAction.create({ data: { actorId: editor.id, actor: editor.email, action: on ? "review-alerts-on" : "review-alerts-off", detail: on ? "email when something new is flagged" : "no review emails" } }),
  ]);
}

export async function myReviewAlerts(): Promise<boolean> {
  const editor = await requireEditor();
  return (await db.user.findUnique({ where: { id: editor.id }, select: { reviewAlerts: true } }))?.reviewAlerts ?? false;
}
