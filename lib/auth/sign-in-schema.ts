import { z } from "zod";

/** Only same-site paths may be a post-sign-in destination, so the link cannot bounce people elsewhere. */
export const callbackPathSchema = z
  .string()
  .max(300)
  .regex(/^\/(?!\/)[\w\-./?=&%#]*$/, "must be a path on this site")
  .catch("/");

export const signInRequestSchema = z.object({
  email: z.email({ error: "Enter an email address like name@example.com." }).max(254, "That email address is too long."),
  callbackUrl: callbackPathSchema.default("/"),
});

export type SignInRequest = z.infer<typeof signInRequestSchema>;
