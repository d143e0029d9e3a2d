import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/server/db/client";

export type SessionSummary = { id: string; createdAt: Date; expires: Date; current: boolean };

/** The person's sessions, newest first. The token itself never leaves the server: ids are hashes. */
export async function listSessions(userId: string, currentToken: string | undefined): Promise<SessionSummary[]> {
  const sessions = await db.session.findMany({ where: { userId, expires: { gt: new Date() } }, orderBy: { createdAt: "desc" } });
  return sessions.map((session) => ({
    id: createHash("sha256").update(session.sessionToken).digest("base64url").slice(0, 16),
    createdAt: session.createdAt,
    expires: session.expires,
    current: session.sessionToken === currentToken,
  }));
}

/** Ends every session of the person, on every device, including this one. */
export async function endAllSessions(userId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}

/** Everything stored about the person, as one JSON-ready object (the "Download my data" file). */
export async function exportUserData(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      emailVerified: true,
      createdAt: true,
      accounts: { select: { provider: true, type: true, createdAt: true } },
      sessions: { select: { createdAt: true, expires: true } },
      privacyPlan: { select: { platforms: true, region: true, updatedAt: true } },
      notifications: { select: { createdAt: true, readAt: true, change: { select: { id: true, title: true } } }, orderBy: { createdAt: "desc" } },
      reminder: { select: { intervalMonths: true, nextDueAt: true, createdAt: true, emails: { select: { dueAt: true, status: true, sentAt: true } } } },
      progress: { select: { guideSlug: true, stepId: true, done: true, markedAt: true, doneAt: true, updatedAt: true }, orderBy: [{ guideSlug: "asc" }, { stepId: "asc" }] },
    },
  });
  const verificationTokens = await db.verificationToken.count({ where: { identifier: user.email } });
  // Subscriptions made before signing in carry the address but no user id: they are the person's too.
  const subscriptions = await db.subscription.findMany({
    where: { OR: [{ userId }, { email: user.email }] },
    select: {
      email: true,
      scope: true,
      scopeSlug: true,
      cadence: true,
      confirmedAt: true,
      bouncedAt: true,
      createdAt: true,
      deliveries: { select: { changeId: true, status: true, sentAt: true }, orderBy: { createdAt: "asc" } },
    },
    orderBy: { createdAt: "asc" },
  });
  return {
    format: "offswitch-account-export",
    version: 1,
    exportedAt: new Date().toISOString(),
    account: { id: user.id, email: user.email, emailVerified: user.emailVerified, createdAt: user.createdAt },
    signInMethods: [{ provider: "email" }, ...user.accounts.map((account) => ({ provider: account.provider, type: account.type, linkedAt: account.createdAt }))],
    sessions: user.sessions,
    pendingSignInLinks: verificationTokens,
    progress: user.progress,
    privacyPlan: user.privacyPlan,
    subscriptions,
    notifications: user.notifications,
    reminder: user.reminder,
  };
}

/**
 * Deletes the person and every row tied to them. Accounts, sessions, progress, notifications,
 * reminders and signed-in subscriptions go by cascade; unused sign-in tokens and subscriptions made
 * before signing in are keyed by email, so they are removed in the same transaction.
 */
export async function deleteUserAndData(userId: string): Promise<void> {
  // Invariant: after this transaction no row anywhere refers to the user's id or email.
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return;
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.subscription.deleteMany({ where: { email: user.email } });
    await tx.user.delete({ where: { id: userId } });
  });
}
