import "server-only";
import { z } from "zod";
import { CHANGE_KINDS, CHANGE_SEVERITIES } from "@/lib/content/change-constants";
import { GUIDE_SLUG_PATTERN } from "@/lib/content/content-constants";
import { draftChangeEntry, type ChangeEntryDraft } from "@/lib/review/change-entry-draft";
import { db } from "@/server/db/client";
import { getGuide } from "@/server/content/guides";
import { AppError } from "@/server/errors";
import { requireEditor } from "@/server/review/require-editor";
import { reviewQueue } from "@/server/review/review-queue";

export const changeEntryRequestSchema = z.object({
  guide: z.string().max(100).regex(GUIDE_SLUG_PATTERN),
  kind: z.enum(CHANGE_KINDS),
  severity: z.enum(CHANGE_SEVERITIES),
});
export type ChangeEntryRequest = z.infer<typeof changeEntryRequestSchema>;

/** The draft change entry for a flagged guide, from its open items as they are now. Editors only. */
export async function changeEntryDraft(request: ChangeEntryRequest, now: Date = new Date()): Promise<ChangeEntryDraft> {
  await requireEditor();
  const guide = await getGuide(request.guide);
  const flagged = (await reviewQueue()).find((entry) => entry.guideSlug === request.guide);
  if (!guide || !flagged) throw new AppError("not-found", "Nothing of this guide is waiting for review.");
  const order = new Map(guide.steps.map((step, index) => [step.id, index]));
  return draftChangeEntry({
    guide: { slug: guide.slug, title: guide.title, platformName: guide.platformName },
    steps: flagged.steps.map((step) => step.id).filter((id) => order.has(id)).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    stepNumbers: new Map(guide.steps.map((step, index) => [step.id, index + 1])),
    sources: flagged.diffs
      .filter((diff) => diff.fromSeen !== null)
      .map((diff) => ({ title: diff.title, url: diff.url, publisher: diff.publisher, seenOn: diff.toSeen.toISOString().slice(0, 10), addedLines: diff.addedLines, removedLines: diff.removedLines })),
    missingAnchors: flagged.steps.flatMap((step) => step.missingAnchors.map((phrase) => ({ step: step.id, phrase }))),
    reports: new Map(flagged.steps.map((step) => [step.id, step.reports.length])),
    kind: request.kind,
    severity: request.severity,
    today: now.toISOString().slice(0, 10),
  });
}

/** "Needs a change entry": logs that the editor asked for the draft (the draft page then shows it). */
export async function recordChangeEntryDrafted(request: ChangeEntryRequest): Promise<ChangeEntryDraft> {
  const editor = await requireEditor();
  const draft = await changeEntryDraft(request);
  await db.editorAction.create({ data: { actorId: editor.id, actor: editor.email, action: "change-entry-drafted", guideSlug: request.guide, detail: `${draft.fileName} (${request.kind}, ${request.severity})` } });
  return draft;
}
