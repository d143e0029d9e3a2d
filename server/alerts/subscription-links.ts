import "server-only";
import { confirmSubscription, type ConfirmedSubscription } from "@/server/alerts/subscriptions";
import { AppError } from "@/server/errors";

/** Confirms by the token from the email: what was confirmed, or undefined when the link is invalid, used or expired (the page says so). */
export async function confirmSubscriptionFromForm(token: string): Promise<ConfirmedSubscription | undefined> {
  try {
    return await confirmSubscription(token);
  } catch (error) {
    if (error instanceof AppError && (error.code === "not-found" || error.code === "invalid-input")) return undefined;
    throw error;
  }
}
