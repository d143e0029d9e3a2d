import "server-only";
import { cookies } from "next/headers";
import { requireUser } from "@/server/auth/current-user";
import { AppError } from "@/server/errors";
import { deleteUserAndData, endAllSessions, exportUserData, listSessions } from "@/server/account/account-store";

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

async function currentSessionToken(): Promise<string | undefined> {
  const jar = await cookies();
  return SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
}

export async function myAccountOverview() {
  const user = await requireUser();
  return { email: user.email, sessions: await listSessions(user.id, await currentSessionToken()) };
}

export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser();
  await endAllSessions(user.id);
}

export async function exportMyData() {
  const user = await requireUser();
  return exportUserData(user.id);
}

/** Deleting is final, so the person types their email to confirm; a mismatch changes nothing. */
export async function deleteMyAccount(confirmation: string): Promise<void> {
  const user = await requireUser();
  if (confirmation.trim().toLowerCase() !== user.email.toLowerCase()) {
    throw new AppError("invalid-input", "Type your email address exactly to confirm.");
  }
  await deleteUserAndData(user.id);
}
