import "server-only";
import { auth } from "@/server/auth/auth";
import { AppError } from "@/server/errors";

export type CurrentUser = { id: string; email: string };

/** The signed-in person from the session cookie, or undefined. Never from the request body. */
export async function currentUser(): Promise<CurrentUser | undefined> {
  const session = await auth();
  const user = session?.user;
  return user?.id && user.email ? { id: user.id, email: user.email } : undefined;
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in to save progress to your account.");
  return user;
}
