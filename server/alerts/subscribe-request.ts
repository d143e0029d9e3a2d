import "server-only";
import { subscribeErrorCodeFor, subscribeFormSchema, type SubscribeErrorCode } from "@/lib/alerts/subscribe-form";
import { subscribe, type SubscribeOutcome } from "@/server/alerts/subscribe-service";
import { currentUser } from "@/server/auth/current-user";
import { AppError, isDatabaseUnavailable } from "@/server/errors";
import { describeIssues } from "@/server/http/json-route";

/**
 * The subscribe route's entry point: the form is parsed here, and the person comes from the
 * session cookie, never from the form. (Apart from subscribe-service so integration tests can run
 * that without Next's request scope.)
 */
export async function subscribeFromRequest(fields: Record<string, string>, clientIp: string): Promise<SubscribeOutcome> {
  const parsed = subscribeFormSchema.safeParse(fields);
  if (!parsed.success) throw new AppError("invalid-input", "Please check the email address and what you want alerts about.", { details: describeIssues(parsed.error) });
  return subscribe(parsed.data, { clientIp, user: await currentUser() });
}

/** The message code the subscribe page shows for a failure, or undefined for a bug (a 500). */
export function subscribeErrorCode(error: unknown): SubscribeErrorCode | undefined {
  if (isDatabaseUnavailable(error)) return "unavailable";
  return error instanceof AppError ? subscribeErrorCodeFor(error) : undefined;
}
