"use server";

import { redirect } from "next/navigation";
import { callbackPathSchema, signInRequestSchema } from "@/lib/auth/sign-in-schema";
import { signIn } from "@/server/auth/auth";
import { requestMagicLink } from "@/server/auth/sign-in-service";
import { AppError } from "@/server/errors";

/** `email` is what the person typed, so a mistyped address stays in the field to be corrected. */
export type SignInFormState = { error?: string; email?: string };

export async function requestSignInLink(_previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  // Anyone can POST any arguments to an action, not only the form: anything but FormData is bad input.
  const fields = form instanceof FormData ? form : new FormData();
  const typed = fields.get("email");
  const email = typeof typed === "string" ? typed.slice(0, 254) : "";
  const parsed = signInRequestSchema.safeParse({ email: typed, callbackUrl: fields.get("callbackUrl") ?? undefined });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter a valid email address.", email };
  try {
    await requestMagicLink(parsed.data);
  } catch (error) {
    if (error instanceof AppError) return { error: error.message, email };
    console.error("sign-in: could not send the link", error instanceof Error ? error.name : typeof error);
    return { error: "We could not send the email just now. Please try again in a minute.", email };
  }
  redirect("/sign-in/check-email");
}

export async function signInWithProvider(form: FormData): Promise<void> {
  const provider = form instanceof FormData ? form.get("provider") : null;
  if (provider !== "github" && provider !== "google") return;
  const redirectTo = callbackPathSchema.parse(form.get("callbackUrl") ?? "/account");
  await signIn(provider, { redirectTo });
}
