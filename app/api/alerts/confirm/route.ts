import { z } from "zod";
import { confirmSubscriptionFromForm } from "@/server/alerts/subscription-links";
import { alertResultPath, alertResultQuerySchema } from "@/lib/alerts/subscribe-form";
import { readFormFields, seeOther } from "@/server/http/form-route";
import { errorResponse } from "@/server/http/json-route";

export const dynamic = "force-dynamic";

const confirmFormSchema = z.object({ token: z.string().max(200).catch("") });

/** The confirm page's button (double opt-in); a GET never confirms, because mail scanners prefetch links. */
export async function POST(request: Request) {
  try {
    const { token } = confirmFormSchema.parse(await readFormFields(request));
    const confirmed = await confirmSubscriptionFromForm(token);
    if (!confirmed) return seeOther("/alerts/confirm?status=invalid");
    const target = alertResultQuerySchema.parse(confirmed);
    return seeOther(target.scope ? alertResultPath("confirmed", { ...target, scope: target.scope }) : "/alerts/confirmed");
  } catch (error) {
    return errorResponse(error);
  }
}
