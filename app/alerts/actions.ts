"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { changeMySubscriptionCadence, removeMySubscription } from "@/server/alerts/my-subscriptions";
import { AppError } from "@/server/errors";
import { rowIdSchema } from "@/lib/security/row-id";

// Ids are cuids: a NUL or a lone surrogate would reach Postgres and fail there as a 500.
const subscriptionFormSchema = z.object({ id: rowIdSchema.catch(""), cadence: z.string().max(20).catch("") });

/** A form from an outdated page (the subscription was removed meanwhile): the refreshed list shows the truth. */
function ignoreStale(error: unknown): void {
  if (!(error instanceof AppError)) throw error;
}

/** Account page forms (they work without JavaScript): the user comes from the session inside the server functions. */
export async function changeSubscriptionCadence(form: FormData): Promise<void> {
  // Anyone can POST any arguments to an action, not only the form: anything but FormData is bad input.
  if (!(form instanceof FormData)) return;
  const { id, cadence } = subscriptionFormSchema.parse({ id: form.get("id"), cadence: form.get("cadence") });
  await changeMySubscriptionCadence(id, cadence).catch(ignoreStale);
  revalidatePath("/account");
}

export async function removeSubscription(form: FormData): Promise<void> {
  if (!(form instanceof FormData)) return;
  const { id } = subscriptionFormSchema.parse({ id: form.get("id"), cadence: "" });
  await removeMySubscription(id).catch(ignoreStale);
  revalidatePath("/account");
}
