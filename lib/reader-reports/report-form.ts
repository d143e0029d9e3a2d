import { z } from "zod";
import { GUIDE_SLUG_PATTERN, STEP_ID_PATTERN } from "@/lib/content/content-constants";

/**
 * "This doesn't match what I see" on one step of a guide, as the browser posts it
 * (application/x-www-form-urlencoded, no JavaScript needed). Anonymous: nothing here names the
 * reader. What differs and where they are are the reader's own words, kept as plain text.
 */
export const REPORT_DEVICES = ["web", "ios", "android", "desktop", "other"] as const;
export type ReportDevice = (typeof REPORT_DEVICES)[number];

export const REPORT_DEVICE_LABELS: Record<ReportDevice, string> = {
  web: "Web browser",
  ios: "iPhone or iPad app",
  android: "Android app",
  desktop: "Desktop app",
  other: "Something else",
};

export const DIFFERS_MIN = 5;
export const DIFFERS_MAX = 1000;
export const REGION_MAX = 80;

/** C0 and C1 control characters other than tab and line breaks: no reason to be in a report, and NUL fails in Postgres. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** With the u flag, a surrogate code point only matches when it is unpaired (broken UTF-16). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/** Bidirectional overrides and isolates: they would make a report display as something other than what it says. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Plain text of at most `max` characters: line endings unified, trimmed, bidi controls dropped, controls and broken Unicode refused. */
function plainText(max: number, min: number, message: string) {
  return z
    .string(message)
    .refine((text) => !LONE_SURROGATE.test(text) && !CONTROL.test(text), message)
    .transform((text) => text.replace(/\r\n?/g, "\n").replace(BIDI_CONTROLS, "").normalize("NFC").trim())
    .pipe(z.string().min(min, message).max(max, message));
}

export const REPORT_FIELD_MESSAGES = {
  differs: `Say what is different on your screen, in ${DIFFERS_MIN} to ${DIFFERS_MAX.toLocaleString("en")} characters of plain text.`,
  device: "Choose the device you are using.",
  region: `Keep “where you are” to ${REGION_MAX} characters of plain text, or leave it empty.`,
} as const;
export type ReportField = keyof typeof REPORT_FIELD_MESSAGES;

const slug = z.string().max(120).regex(GUIDE_SLUG_PATTERN);
const stepId = z.string().max(120).regex(STEP_ID_PATTERN);

/** Which guide and step the report is about: the hidden fields of the form. */
export const reportTargetSchema = z.object({ guide: slug, step: stepId });
export type ReportTarget = z.infer<typeof reportTargetSchema>;

export const readerReportFormSchema = reportTargetSchema.extend({
  differs: plainText(DIFFERS_MAX, DIFFERS_MIN, REPORT_FIELD_MESSAGES.differs),
  device: z.enum(REPORT_DEVICES, REPORT_FIELD_MESSAGES.device),
  // An empty field means "not said".
  region: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), plainText(REGION_MAX, 1, REPORT_FIELD_MESSAGES.region).optional()),
});
export type ReaderReportForm = z.infer<typeof readerReportFormSchema>;

/** What the report page can say after a refused POST; the codes travel in the redirect's query, never what was typed. */
export const REPORT_ERRORS = {
  differs: REPORT_FIELD_MESSAGES.differs,
  device: REPORT_FIELD_MESSAGES.device,
  region: REPORT_FIELD_MESSAGES.region,
  "unknown-step": "This step cannot be reported: it is no longer part of the guide.",
  "rate-limited": "We have had many reports from your connection or about this step just now. Please try again in an hour.",
  unavailable: "We could not take your report just now. Please try again in a minute.",
} as const;
export type ReportErrorCode = keyof typeof REPORT_ERRORS;
const REPORT_ERROR_CODES = Object.keys(REPORT_ERRORS) as [ReportErrorCode, ...ReportErrorCode[]];

/** The fields of a zod failure, as error codes, in the form's order. */
export function reportFieldErrors(error: z.ZodError): ReportErrorCode[] {
  const fields = new Set(error.issues.map((issue) => String(issue.path[0] ?? "")));
  return (["differs", "device", "region"] as const).filter((field) => fields.has(field));
}

/** The `error` query parameter, read leniently: unknown codes are dropped, at most one of each. */
export function parseReportErrors(value: unknown): ReportErrorCode[] {
  if (typeof value !== "string" || value.length > 200) return [];
  const codes = new Set(value.split(","));
  return REPORT_ERROR_CODES.filter((code) => codes.has(code));
}

/** The per-step report page, optionally naming what was wrong with the last attempt. */
export function reportPagePath(target: ReportTarget, errors: readonly ReportErrorCode[] = []): string {
  const query = new URLSearchParams({ step: target.step });
  if (errors.length > 0) query.set("error", errors.join(","));
  return `/guides/${target.guide}/report?${query.toString()}`;
}

/** Where a filed report lands: says what happens next and links back to the step. */
export function reportSentPath(target: ReportTarget): string {
  return `/guides/${target.guide}/report/sent?${new URLSearchParams({ step: target.step }).toString()}`;
}

/** The step on its guide page (the step's title carries this id). */
export function stepOnGuidePath(target: ReportTarget): string {
  return `/guides/${target.guide}#step-${target.step}-title`;
}

/**
 * The review item that collects a step's reader reports while it is open. `generation` counts the
 * step's reader-report items resolved before it: once an editor resolves one, the next report
 * opens a new item under a new key, and concurrent first reports share one (the key is unique).
 */
export function readerReportDedupeKey(target: ReportTarget, generation: number): string {
  return `reader-report:${target.guide}:${target.step}:${generation}`;
}
