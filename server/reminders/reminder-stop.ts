import "server-only";
import { z } from "zod";
import { hashToken } from "@/server/alerts/alert-tokens";
import { db } from "@/server/db/client";

const stopTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/**
 * The stop link in a reminder email works without signing in: it deletes the reminder the email
 * belongs to. Idempotent, and an unknown token is not an error, so the answer reveals nothing.
 */
export async function stopRemindersByToken(token: unknown): Promise<void> {
  const parsed = stopTokenSchema.safeParse(token);
  if (!parsed.success) return;
  await db.reminder.deleteMany({ where: { emails: { some: { stopTokenHash: hashToken(parsed.data) } } } });
}
