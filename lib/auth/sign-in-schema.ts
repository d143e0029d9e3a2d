import { z } from "zod";
import { normalizeEmailAddress } from "@/lib/email/address";

/** Only same-site paths may be a post-sign-in destination, so the link cannot bounce people elsewhere. */
export const callbackPathSchema = z
  .string()
  .max(300)
  .regex(/^\/(?!\/)[\w\-./?=&%#]*$/, "must be a path on this site")
  .catch("/");

/** One plain address, normalised exactly as the sign-in provider normalises it (lib/email/address.ts). */
const signInEmailSchema = z
  .string({ error: "Enter an email address like name@example.com." })
  .max(254, "That email address is too long.")
  .transform((value, context) => {
    const address = normalizeEmailAddress(value);
    if (!address) {
      context.addIssue({ code: "custom", message: "Enter an email address like name@example.com." });
      return z.NEVER;
    }
    return address;
  });

export const signInRequestSchema = z.object({
  email: signInEmailSchema,
  callbackUrl: callbackPathSchema.default("/"),
});

export type SignInRequest = z.infer<typeof signInRequestSchema>;
