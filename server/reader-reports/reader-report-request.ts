import "server-only";
import { readerReportFormSchema, reportTargetSchema, type ReportErrorCode } from "@/lib/reader-reports/report-form";
import { AppError, isDatabaseUnavailable } from "@/server/errors";
import { describeIssues } from "@/server/http/json-route";
import { fileReaderReport } from "@/server/reader-reports/file-reader-report";

/**
 * The report route's entry point: the form is parsed here, and the client address comes from the
 * socket (server/http/client-address.ts), never from the form. Nothing is read from a session: a
 * report is anonymous whether or not the reader is signed in.
 */
export async function fileReaderReportFromForm(fields: Record<string, string>, clientAddress: string): Promise<void> {
  const target = reportTargetSchema.safeParse(fields);
  if (!target.success) throw new AppError("invalid-input", "Say which guide and step the report is about.", { details: describeIssues(target.error) });
  const parsed = readerReportFormSchema.safeParse(fields);
  if (!parsed.success) throw new AppError("invalid-input", "Please check what you wrote about this step.", { details: describeIssues(parsed.error) });
  await fileReaderReport(parsed.data, { clientAddress });
}

/** What the report page says for a failure, or undefined for a bug (a 500). */
export function readerReportErrorCodes(error: unknown): ReportErrorCode[] | undefined {
  if (isDatabaseUnavailable(error)) return ["unavailable"];
  if (!(error instanceof AppError)) return undefined;
  if (error.code === "rate-limited") return ["rate-limited"];
  if (error.code === "not-found") return ["unknown-step"];
  if (error.code === "conflict" || error.code === "unavailable") return ["unavailable"];
  const fields = (["differs", "device", "region"] as const).filter((field) => error.details?.some((detail) => detail.startsWith(`${field}:`)));
  return fields.length > 0 ? fields : undefined;
}
