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

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isIsoTime = (value: unknown): value is string => typeof value === "string" && value.length <= 40 && !Number.isNaN(Date.parse(value));

/** The response if it has exactly the expected shape for this guide, else undefined. */
export function parseGuideLiveStatus(value: unknown, slug: string): GuideLiveStatus | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { slug: gotSlug, lastVerified, verifiedAt, watch, asOf } = value as Record<string, unknown>;
  if (gotSlug !== slug) return undefined;
  if (typeof lastVerified !== "string" || !ISO_DAY.test(lastVerified) || Number.isNaN(Date.parse(lastVerified))) return undefined;
  if (verifiedAt !== null && !isIsoTime(verifiedAt)) return undefined;
  if (watch !== null && (typeof watch !== "string" || watch.length > 500)) return undefined;
  if (!isIsoTime(asOf)) return undefined;
  return { slug, lastVerified, verifiedAt, watch, asOf };
}
