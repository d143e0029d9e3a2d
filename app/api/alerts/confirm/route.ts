import { z } from "zod";
import { confirmSubscriptionFromForm } from "@/server/alerts/subscription-links";
import { readFormFields, seeOther } from "@/server/http/form-route";
import { errorResponse } from "@/server/http/json-route";

export const dynamic = "force-dynamic";

const confirmFormSchema = z.object({ token: z.string().max(200).catch("") });

/** The confirm page's button (double opt-in); a GET never confirms, because mail scanners prefetch links. */
export async function POST(request: Request) {
  try {
    const { token } = confirmFormSchema.parse(await readFormFields(request));
    return seeOther((await confirmSubscriptionFromForm(token)) ? "/alerts/confirmed" : "/alerts/confirm?status=invalid");
  } catch (error) {
    return errorResponse(error);
  }
}
