"use server";

import { z } from "zod";
import { signOut } from "@/server/auth/auth";
import { deleteMyAccount, signOutEverywhere } from "@/server/account/account-service";
import { AppError } from "@/server/errors";
import { clearSignedInHint } from "@/server/auth/signed-in-hint";

export type AccountActionState = { error?: string };

// Both sign-outs end without a redirect: the browser then loads the home page in full (see
// SignOutButtons), so no sync state from the signed-in page survives a client-side navigation.
export async function signOutHere(): Promise<void> {
  await signOut({ redirect: false });
}

export async function signOutOnEveryDevice(): Promise<void> {
  // Signed out already (another tab did it, or a replayed request): there is nothing to end.
  await signOutEverywhere().catch((error: unknown) => {
    if (!(error instanceof AppError && error.code === "unauthenticated")) throw error;
  });
  // Auth.js's signOut event clears the hint only when it finds a session row to end, and this
  // one is already gone; clear it here so the browser stops asking for a session.
  await clearSignedInHint();
  await signOut({ redirect: false });
}

const deleteSchema = z.object({ confirmEmail: z.string().max(254) });

export async function deleteAccount(_previous: AccountActionState, form: FormData): Promise<AccountActionState> {
  // Anyone can POST any arguments to an action, not only the form: anything but FormData is bad input.
  const parsed = deleteSchema.safeParse({ confirmEmail: form instanceof FormData ? (form.get("confirmEmail") ?? "") : undefined });
  if (!parsed.success) return { error: "Type your email address to confirm." };
  try {
    await deleteMyAccount(parsed.data.confirmEmail);
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  // The session row is gone with the account; clear the cookies too (the hint explicitly, as above).
  await clearSignedInHint();
  await signOut({ redirectTo: "/?account=deleted" });
  return {};
}
