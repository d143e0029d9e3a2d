import { z } from "zod";

/**
 * The subscribe form as the browser posts it (application/x-www-form-urlencoded, no JavaScript
 * needed). An empty email means "my account's address" for signed-in people.
 */
export const SCOPES = ["all", "platform", "guide"] as const;
export const CADENCES = ["immediate", "weekly"] as const;
export type AlertScope = (typeof SCOPES)[number];
export type AlertCadence = (typeof CADENCES)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case slug").max(100);
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const subscribeFormSchema = z
  .object({
    scope: z.enum(SCOPES),
    scopeSlug: z.preprocess(blankToUndefined, slug.optional()),
    cadence: z.enum(CADENCES).default("immediate"),
    email: z.preprocess((value) => (typeof value === "string" ? blankToUndefined(value.trim()) : value), z.email("Enter a valid email address, like name@example.com.").max(254).optional()),
  })
  .refine((form) => (form.scope === "all") === (form.scopeSlug === undefined), { message: "choose what to get alerts about", path: ["scopeSlug"] });
export type SubscribeForm = z.infer<typeof subscribeFormSchema>;

/** What the subscribe page says after a failed POST; the code travels in the redirect's query string. */
export const SUBSCRIBE_ERRORS = {
  "invalid-email": "Enter a valid email address, like name@example.com.",
  "missing-email": "Enter your email address, or sign in to subscribe with your account's address.",
  "invalid-input": "Something in the form was not right. Please choose what to get alerts about and try again.",
  "rate-limited": "Too many attempts. Please wait a little and try again.",
  unavailable: "We could not take your subscription just now. Please try again in a minute.",
} as const;
export type SubscribeErrorCode = keyof typeof SUBSCRIBE_ERRORS;
export const subscribeErrorCodeSchema = z.enum(Object.keys(SUBSCRIBE_ERRORS) as [SubscribeErrorCode, ...SubscribeErrorCode[]]);

/** The subscribe page for a scope, optionally with an error to show; the no-JavaScript fallback lands here. */
export function subscribePagePath(form: { scope: AlertScope; scopeSlug?: string; cadence?: AlertCadence }, error?: SubscribeErrorCode): string {
  const query = new URLSearchParams({ scope: form.scope });
  if (form.scopeSlug) query.set("scopeSlug", form.scopeSlug);
  if (form.cadence) query.set("cadence", form.cadence);
  if (error) query.set("error", error);
  return `/alerts/subscribe?${query.toString()}`;
}

/** The scope of a form post even when other fields are wrong, to send the person back to the right form. */
export function subscribeTargetOf(fields: Record<string, string>): { scope: AlertScope; scopeSlug?: string; cadence?: AlertCadence } {
  const parsed = subscribeFormSchema.safeParse({ ...fields, email: "" });
  return parsed.success ? { scope: parsed.data.scope, scopeSlug: parsed.data.scopeSlug, cadence: parsed.data.cadence } : { scope: "all" };
}

/** Which message the subscribe page shows for a failure with this error code and these "path: message" details. */
export function subscribeErrorCodeFor(error: { code: string; details?: readonly string[] }): SubscribeErrorCode | undefined {
  if (error.details?.includes("email: required")) return "missing-email";
  if (error.details?.some((detail) => detail.startsWith("email:"))) return "invalid-email";
  return subscribeErrorCodeSchema.safeParse(error.code).data;
}

/** The subscribe form's heading; `name` is the platform's name or the guide's title (absent: "this guide"). */
export function subscribeHeading(scope: AlertScope, name?: string): string {
  if (scope === "platform") return `Get an email when ${name ?? "this platform's"} settings change`;
  if (scope === "guide") return `Get an email when ${name ? `“${name}”` : "this guide"} changes`;
  return "Get an email when any setting changes";
}

/**
 * A result page of the alert flow (check-email, subscribed, confirmed) with what was subscribed in
 * its query, so the page can say it and link back. Only what the person just sent: nothing about
 * whether the address was already subscribed.
 */
export function alertResultPath(page: "check-email" | "subscribed" | "confirmed", target: { scope: AlertScope; scopeSlug?: string | null; cadence?: AlertCadence }): string {
  const query = new URLSearchParams({ scope: target.scope });
  if (target.scopeSlug) query.set("scopeSlug", target.scopeSlug);
  if (target.cadence) query.set("cadence", target.cadence);
  return `/alerts/${page}?${query.toString()}`;
}

/** The query of a result page, read leniently: anything malformed just means "not said". */
export const alertResultQuerySchema = z.object({
  scope: z.enum(SCOPES).optional().catch(undefined),
  scopeSlug: slug.optional().catch(undefined),
  cadence: z.enum(CADENCES).optional().catch(undefined),
});
