/**
 * The day a guide counts as verified: its frontmatter's `lastVerified`, or the day (UTC) of the
 * latest verification an editor recorded at /review when that is later. Pure, so the guide page,
 * the cards, the dataset and the browser's live update all agree.
 */
export function effectiveLastVerified(lastVerified: string, recordedAt: Date | null | undefined): string {
  if (!recordedAt || Number.isNaN(recordedAt.getTime())) return lastVerified;
  const recordedDay = recordedAt.toISOString().slice(0, 10);
  return recordedDay > lastVerified ? recordedDay : lastVerified;
}
