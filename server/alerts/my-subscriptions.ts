import "server-only";
import { z } from "zod";
import { CADENCES, type AlertScope } from "@/lib/alerts/subscribe-form";
import type { MySubscription } from "@/lib/alerts/subscription-view";
import { alertTargetLabel } from "@/server/alerts/alert-targets";
import { currentUser, requireUser } from "@/server/auth/current-user";
import { getGuide } from "@/server/content/guides";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { rowIdSchema } from "@/lib/security/row-id";
import { GUIDE_SLUG_PATTERN } from "@/lib/content/content-constants";
import type { GuideFollowing } from "@/lib/alerts/following";

const guideSlugSchema = z.string().max(100).regex(GUIDE_SLUG_PATTERN);


/** Subscriptions of the signed-in person: tied to the account, or to its address (proven by signing in with it). */
function mine(user: { id: string; email: string }) {
  return { OR: [{ userId: user.id }, { email: user.email.toLowerCase() }] };
}

export async function listMySubscriptions(): Promise<MySubscription[]> {
  const user = await requireUser();
  const rows = await db.subscription.findMany({ where: mine(user), orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return Promise.all(rows.map(async (row) => ({
    id: row.id,
    label: await scopeLabel(row.scope, row.scopeSlug),
    cadence: row.cadence === "weekly" ? "weekly" : "immediate",
    confirmed: row.confirmedAt !== null,
    bounced: row.bouncedAt !== null,
  })));
}

async function scopeLabel(scope: string, scopeSlug: string | null): Promise<string> {
  if (scope === "all") return "Every settings change";
  const name = (await alertTargetLabel(scope as AlertScope, scopeSlug ?? undefined)) ?? scopeSlug ?? "";
  return scope === "platform" ? `Changes on ${name}` : `Changes to the guide “${name}”`;
}

const cadenceSchema = z.enum(CADENCES);
const NOT_YOURS = "That subscription does not exist or is not yours.";

/** Changes how often one of the person's own subscriptions is sent; anyone else's id is "not found". */
export async function changeMySubscriptionCadence(id: unknown, cadence: unknown): Promise<void> {
  const user = await requireUser();
  const parsed = z.object({ id: rowIdSchema, cadence: cadenceSchema }).safeParse({ id, cadence });
  if (!parsed.success) throw new AppError("invalid-input", "Choose “as soon as it changes” or “weekly digest”.");
  // Deliveries already waiting keep their status: a change of cadence applies to the next change entry.
  const { count } = await db.subscription.updateMany({ where: { id: parsed.data.id, ...mine(user) }, data: { cadence: parsed.data.cadence } });
  if (count !== 1) throw new AppError("not-found", NOT_YOURS);
}

/** Deletes one of the person's own subscriptions (and, by cascade, whatever is still queued for it). */
export async function removeMySubscription(id: unknown): Promise<void> {
  const user = await requireUser();
  const parsed = rowIdSchema.safeParse(id);
  if (!parsed.success) throw new AppError("not-found", NOT_YOURS);
  const { count } = await db.subscription.deleteMany({ where: { id: parsed.data, ...mine(user) } });
  if (count !== 1) throw new AppError("not-found", NOT_YOURS);
}

/** Whether the signed-in person already gets alerts for a guide (null when signed out or not following). */
export async function myGuideFollowing(guideSlug: unknown): Promise<GuideFollowing> {
  const user = await currentUser();
  const slug = guideSlugSchema.safeParse(guideSlug);
  if (!user || !slug.success) return null;
  const guide = await getGuide(slug.data);
  if (!guide) return null;
  const rows = await db.subscription.findMany({
    where: {
      AND: [
        mine(user),
        { confirmedAt: { not: null } },
        { OR: [{ scope: "guide", scopeSlug: guide.slug }, { scope: "platform", scopeSlug: guide.platform }, { scope: "all" }] },
      ],
    },
    select: { scope: true },
  });
  const scopes = new Set(rows.map((row) => row.scope));
  return scopes.has("guide") ? "guide" : scopes.has("platform") ? "platform" : scopes.has("all") ? "all" : null;
}
