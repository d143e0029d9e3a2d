import { NextResponse } from "next/server";
import { alertResultPath, subscribePagePath, subscribeTargetOf } from "@/lib/alerts/subscribe-form";
import { subscribeErrorCode, subscribeFromRequest } from "@/server/alerts/subscribe-request";
import { readFormFields, seeOther, wantsJson } from "@/server/http/form-route";
import { clientAddressOf } from "@/server/http/client-address";
import { errorResponse } from "@/server/http/json-route";

export const dynamic = "force-dynamic";

/**
 * The subscribe form's target: a plain HTML form post, so it works without JavaScript. Browsers
 * go on (303) to the result page, or back to the form with the problem named; callers that ask
 * for JSON get the status itself (400 for a malformed address, 429 when rate-limited).
 */
export async function POST(request: Request) {
  let fields: Record<string, string> = {};
  try {
    fields = await readFormFields(request);
    const outcome = await subscribeFromRequest(fields, clientAddressOf(request.headers));
    if (wantsJson(request)) return NextResponse.json({ outcome }, { headers: { "Cache-Control": "no-store" } });
    return seeOther(alertResultPath(outcome === "subscribed" ? "subscribed" : "check-email", subscribeTargetOf(fields)));
  } catch (error) {
    const code = subscribeErrorCode(error);
    if (wantsJson(request) || !code) return errorResponse(error);
    return seeOther(subscribePagePath(subscribeTargetOf(fields), code));
  }
}
