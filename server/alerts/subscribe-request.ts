import "server-only";
import type { SubscribeForm } from "@/lib/alerts/subscribe-form";
import { subscribe, type SubscribeOutcome } from "@/server/alerts/subscribe-service";
import { currentUser } from "@/server/auth/current-user";

/**
 * The subscribe route's entry point: the person comes from the session cookie, never from the form.
 * (Apart from subscribe-service so integration tests can run that without Next's request scope.)
 */
export async function subscribeFromRequest(form: SubscribeForm, clientIp: string): Promise<SubscribeOutcome> {
  return subscribe(form, { clientIp, user: await currentUser() });
}
