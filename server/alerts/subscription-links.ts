import "server-only";
import { confirmSubscription } from "@/server/alerts/subscriptions";
import { AppError } from "@/server/errors";

/** Confirms by the token from the email; false when the link is invalid, used or expired (the page says so). */
export async function confirmSubscriptionFromForm(token: string): Promise<boolean> {
  try {
    await confirmSubscription(token);
    return true;
  } catch (error) {
    if (error instanceof AppError && (error.code === "not-found" || error.code === "invalid-input")) return false;
    throw error;
  }
}
