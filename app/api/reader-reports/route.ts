import { NextResponse } from "next/server";
import { reportPagePath, reportSentPath, reportTargetSchema } from "@/lib/reader-reports/report-form";
import { readFormFields, seeOther, wantsJson } from "@/server/http/form-route";
import { clientAddressOf } from "@/server/http/client-address";
import { errorResponse } from "@/server/http/json-route";
import { fileReaderReportFromForm, readerReportErrorCodes } from "@/server/reader-reports/reader-report-request";

export const dynamic = "force-dynamic";

/**
 * "This doesn't match what I see": the per-step report form's target, a plain HTML form post (works
 * without JavaScript). Browsers go on (303) to the page saying what happens next, or back to the
 * form with the problem named; callers that ask for JSON get the status itself (400 bad input,
 * 404 no such step, 429 rate-limited). Same-origin only, like every write.
 */
export async function POST(request: Request) {
  let fields: Record<string, string> = {};
  try {
    fields = await readFormFields(request);
    await fileReaderReportFromForm(fields, clientAddressOf(request.headers));
    const target = reportTargetSchema.parse(fields);
    if (wantsJson(request)) return NextResponse.json({ outcome: "filed" }, { status: 201, headers: { "Cache-Control": "no-store" } });
    return seeOther(reportSentPath(target));
  } catch (error) {
    const target = reportTargetSchema.safeParse(fields);
    const codes = readerReportErrorCodes(error);
    if (wantsJson(request) || !codes || !target.success) return errorResponse(error);
    return seeOther(reportPagePath(target.data, codes));
  }
}
