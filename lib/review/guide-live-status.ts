/**
 * GET /api/guides/<slug>/status: what a prerendered guide page refreshes after load. Checked in
 * the browser without zod (the guide page is close to its first-load JS budget): every field is
 * tested by `parseGuideLiveStatus`, and anything else is ignored, leaving the build's text.
 */
export type GuideLiveStatus = {
  slug: string;
  /** YYYY-MM-DD: the front matter's lastVerified or a later verification recorded by an editor. */
  lastVerified: string;
  /** When an editor last recorded a verification (ISO time), or null. */
  verifiedAt: string | null;
  /** The source watcher's sentence; null when there is nothing to say or the database could not be read. */
  watch: string | null;
  /** When the server read this (ISO time). */
  asOf: string;
};

const isTime = (value: unknown): value is string => typeof value === "string" && value.length < 40 && Date.parse(value) > 0;

/** The response if it has exactly the expected shape for this guide, else undefined. */
export function parseGuideLiveStatus(value: unknown, slug: string): GuideLiveStatus | undefined {
  const { slug: got, lastVerified, verifiedAt, watch, asOf } = (value ?? {}) as Record<string, unknown>;
  const ok =
    got === slug &&
    isTime(lastVerified) &&
    /^\d{4}-\d\d-\d\d$/.test(lastVerified) &&
    (verifiedAt === null || isTime(verifiedAt)) &&
    (watch === null || (typeof watch === "string" && watch.length <= 500)) &&
    isTime(asOf);
  return ok ? ({ slug, lastVerified, verifiedAt, watch, asOf } as GuideLiveStatus) : undefined;
}
