import "server-only";
import { z } from "zod";
import { GUIDE_SLUG_PATTERN } from "@/lib/content/content-constants";
import { db } from "@/server/db/client";
import { getGuide } from "@/server/content/guides";
import { AppError } from "@/server/errors";
import { requireEditor } from "@/server/review/require-editor";

export const stillCorrectSchema = z.object({
  guide: z.string().max(100).regex(GUIDE_SLUG_PATTERN),
  /** The open items the editor saw on the page: only these are resolved, so a flag raised meanwhile stays open. */
  items: z.array(z.string().min(1).max(40).regex(/^[a-z0-9]+$/)).min(1).max(500),
});

export type StillCorrectResult = { verificationId: string; resolved: number; versionsChecked: number };

/**
 * "Still correct": the editor checked the guide against its official pages as they are now.
 * Records a Verification (editor, time, the current version of each official source) and resolves
 * the open items the editor saw, with an audit log line, in one transaction (invariant: no item is
 * resolved without the verification and the log line that explain it).
 */
export async function markStillCorrect(input: z.infer<typeof stillCorrectSchema>, now: Date = new Date()): Promise<StillCorrectResult> {
  const editor = await requireEditor();
  const guide = await getGuide(input.guide);
  if (!guide) throw new AppError("not-found", "No guide with that slug.");
  const officialUrls = guide.sources.filter((source) => source.official).map((source) => source.url);
  return db.$transaction(async (tx) => {
    const sources = await tx.source.findMany({ where: { url: { in: officialUrls } }, select: { url: true, currentVersionId: true, currentVersion: { select: { hash: true } } } });
    const versions = sources.filter((source) => source.currentVersionId !== null);
    const { count } = await tx.reviewItem.updateMany({ where: { id: { in: input.items }, guideSlug: guide.slug, resolvedAt: null }, data: { resolvedAt: now } });
    if (count === 0) throw new AppError("conflict", "Nothing of this guide is waiting for review any more.");
    const verification = await tx.verification.create({
      data: { guideSlug: guide.slug, verifiedAt: now, editorId: editor.id, editorEmail: editor.email, sourceVersionIds: versions.map((source) => source.currentVersionId as string) },
    });
    const checked = versions.map((source) => `${source.url} @ ${source.currentVersion?.hash.slice(0, 12) ?? "?"}`).join(", ") || "no watched version yet";
    await tx.editorAction.create({
      data: { at: now, actorId: editor.id, actor: editor.email, action: "still-correct", guideSlug: guide.slug, detail: `resolved ${count} open ${count === 1 ? "item" : "items"}; checked against ${checked}` },
    });
    return { verificationId: verification.id, resolved: count, versionsChecked: versions.length };
  });
}
