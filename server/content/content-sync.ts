import "server-only";
import { CHANGE_KINDS, CHANGE_SEVERITIES, type ChangeKind, type ChangeSeverity } from "@/lib/content/change-constants";
import type { ChangeEntry } from "@/lib/content/change-schema";
import type { GuideSummary } from "@/lib/content/guide-schema";
import { db } from "@/server/db/client";
import type { Change, Guide, GuideStep, Prisma } from "@/server/db/generated/client";

/**
 * Mirrors content/ into the Guide, GuideStep and Change tables (docs/decisions/0006-content-sync.md).
 * Git stays the source of truth; the rows exist so alerts can fan out from new change entries and
 * progress can be joined with steps. Inputs are plain values, so tests build them without files.
 */

/** What the sync needs of a guide: a GuideSummary fits, and so does a hand-built object. */
export type SyncGuide = Pick<GuideSummary, "slug" | "title" | "platform" | "lastVerified"> & {
  steps: readonly { id: string; title: string }[];
};
/** What the sync needs of a change entry: a CompiledChange fits. */
export type SyncChange = Pick<ChangeEntry, "id" | "guide" | "date" | "kind" | "severity" | "title" | "summary" | "steps"> & Partial<Pick<ChangeEntry, "published">>;

export type ContentSyncInput = {
  guides: readonly SyncGuide[];
  changes: readonly SyncChange[];
  /** The time recorded as syncedAt, retiredAt and firstSeenAt; tests pin it. */
  now?: Date;
};

export type ContentSyncResult = {
  /** Guides inserted, or updated because their fields or their steps changed. */
  guidesUpserted: number;
  /** Steps inserted, or updated (title, position, or brought back from retirement). */
  stepsUpserted: number;
  /** Steps no longer in content, marked retired (never deleted: progress refers to them). */
  stepsRetired: number;
  changesInserted: number;
  changesUpdated: number;
  /** Change entries seen for the first time, in input order: the ones alerts still have to announce. */
  newChangeIds: string[];
};

type Tx = Prisma.TransactionClient;

// Two launchers starting at once would otherwise both insert the same new change entry.
const LOCK_SQL = "SELECT pg_advisory_xact_lock(hashtext('offswitch:content-sync'))";

const toDbDate = (isoDate: string): Date => new Date(`${isoDate}T00:00:00.000Z`);
const fromDbDate = (date: Date): string => date.toISOString().slice(0, 10);
const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * Upserts guides, steps and change entries so the tables match the given content. Idempotent: a
 * row is written only when it differs, so a second run with the same content writes nothing. A
 * change entry first seen here gets firstSeenAt = now and announcedAt = null and is reported in
 * `newChangeIds`; edits to it later update its text but never make it new again. Rows for content
 * that disappeared are kept (steps are marked retired; change entries are left as they are).
 */
export async function syncContent({ guides, changes, now = new Date() }: ContentSyncInput): Promise<ContentSyncResult> {
  assertConsistent(guides, changes);
  // Invariant: after commit, every guide and change in the input has exactly one matching row, the
  // steps not in content are retired (none deleted), and each change id was reported new at most once ever.
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(LOCK_SQL);
      const result: ContentSyncResult = { guidesUpserted: 0, stepsUpserted: 0, stepsRetired: 0, changesInserted: 0, changesUpdated: 0, newChangeIds: [] };
      await syncGuides(tx, guides, now, result);
      await syncChanges(tx, changes, now, result);
      return result;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

function assertConsistent(guides: readonly SyncGuide[], changes: readonly SyncChange[]): void {
  const problems: string[] = [];
  const slugs = new Set<string>();
  for (const guide of guides) {
    if (slugs.has(guide.slug)) problems.push(`guide "${guide.slug}" appears twice`);
    slugs.add(guide.slug);
    const ids = guide.steps.map((step) => step.id);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (repeated.length > 0) problems.push(`guide "${guide.slug}" repeats step id(s) ${[...new Set(repeated)].join(", ")}`);
  }
  const changeIds = new Set<string>();
  for (const change of changes) {
    if (changeIds.has(change.id)) problems.push(`change "${change.id}" appears twice`);
    changeIds.add(change.id);
    if (!slugs.has(change.guide)) problems.push(`change "${change.id}" names guide "${change.guide}", which is not in content`);
  }
  if (problems.length > 0) throw new Error(`content sync refused inconsistent content:\n  ${problems.join("\n  ")}`);
}

async function syncGuides(tx: Tx, guides: readonly SyncGuide[], now: Date, result: ContentSyncResult): Promise<void> {
  const storedGuides = new Map((await tx.guide.findMany()).map((row) => [row.slug, row]));
  const storedSteps = new Map<string, Map<string, GuideStep>>();
  for (const step of await tx.guideStep.findMany()) {
    const forGuide = storedSteps.get(step.guideSlug) ?? new Map<string, GuideStep>();
    forGuide.set(step.stepId, step);
    storedSteps.set(step.guideSlug, forGuide);
  }

  for (const guide of guides) {
    const stored = storedGuides.get(guide.slug);
    const plan = planSteps(guide, storedSteps.get(guide.slug) ?? new Map());
    const fieldsChanged = !stored || guideFieldsDiffer(stored, guide);
    const stepsChanged = plan.create.length + plan.update.length + plan.retire.length > 0;
    if (!fieldsChanged && !stepsChanged) continue;

    const data = { title: guide.title, platform: guide.platform, lastVerified: toDbDate(guide.lastVerified), syncedAt: now };
    if (stored) await tx.guide.update({ where: { slug: guide.slug }, data });
    else await tx.guide.create({ data: { slug: guide.slug, ...data } });
    result.guidesUpserted += 1;
    await applyStepPlan(tx, guide.slug, plan, now, result);
  }

  // A guide gone from content takes its steps with it: they are retired like any removed step.
  const inContent = new Set(guides.map((guide) => guide.slug));
  for (const slug of storedGuides.keys()) {
    if (inContent.has(slug)) continue;
    const retired = await tx.guideStep.updateMany({ where: { guideSlug: slug, retiredAt: null }, data: { retiredAt: now } });
    result.stepsRetired += retired.count;
  }
}

function guideFieldsDiffer(stored: Guide, guide: SyncGuide): boolean {
  return stored.title !== guide.title || stored.platform !== guide.platform || fromDbDate(stored.lastVerified) !== guide.lastVerified;
}

type StepPlan = {
  create: { stepId: string; title: string; position: number }[];
  update: { stepId: string; title: string; position: number }[];
  retire: string[];
};

/** Compares a guide's steps in content with its stored rows; positions follow content order from 0. */
function planSteps(guide: SyncGuide, stored: Map<string, GuideStep>): StepPlan {
  const plan: StepPlan = { create: [], update: [], retire: [] };
  guide.steps.forEach((step, position) => {
    const row = stored.get(step.id);
    const desired = { stepId: step.id, title: step.title, position };
    if (!row) plan.create.push(desired);
    else if (row.title !== step.title || row.position !== position || row.retiredAt !== null) plan.update.push(desired);
  });
  const current = new Set(guide.steps.map((step) => step.id));
  for (const row of stored.values()) if (!current.has(row.stepId) && row.retiredAt === null) plan.retire.push(row.stepId);
  return plan;
}

async function applyStepPlan(tx: Tx, guideSlug: string, plan: StepPlan, now: Date, result: ContentSyncResult): Promise<void> {
  if (plan.create.length > 0) await tx.guideStep.createMany({ data: plan.create.map((step) => ({ guideSlug, ...step })) });
  for (const { stepId, title, position } of plan.update) {
    // Setting retiredAt to null brings back a step that returned to the guide.
    await tx.guideStep.update({ where: { guideSlug_stepId: { guideSlug, stepId } }, data: { title, position, retiredAt: null } });
  }
  if (plan.retire.length > 0) {
    await tx.guideStep.updateMany({ where: { guideSlug, stepId: { in: plan.retire }, retiredAt: null }, data: { retiredAt: now } });
  }
  result.stepsUpserted += plan.create.length + plan.update.length;
  result.stepsRetired += plan.retire.length;
}

/** The columns a change entry's text determines; firstSeenAt and announcedAt belong to the sync and alerts. */
function changeColumns(change: SyncChange) {
  return {
    guideSlug: change.guide,
    date: toDbDate(change.date),
    published: change.published ? toDbDate(change.published) : null,
    kind: change.kind,
    severity: change.severity,
    title: change.title,
    summary: change.summary,
    touchesAllSteps: change.steps === "all",
    stepIds: change.steps === "all" ? [] : [...change.steps],
  };
}

function changeDiffers(stored: Change, columns: ReturnType<typeof changeColumns>): boolean {
  return (
    stored.guideSlug !== columns.guideSlug ||
    fromDbDate(stored.date) !== fromDbDate(columns.date) ||
    (stored.published ? fromDbDate(stored.published) : null) !== (columns.published ? fromDbDate(columns.published) : null) ||
    stored.kind !== columns.kind ||
    stored.severity !== columns.severity ||
    stored.title !== columns.title ||
    stored.summary !== columns.summary ||
    stored.touchesAllSteps !== columns.touchesAllSteps ||
    !sameList(stored.stepIds, columns.stepIds)
  );
}

async function syncChanges(tx: Tx, changes: readonly SyncChange[], now: Date, result: ContentSyncResult): Promise<void> {
  if (changes.length === 0) return;
  const stored = new Map((await tx.change.findMany({ where: { id: { in: changes.map((change) => change.id) } } })).map((row) => [row.id, row]));
  const inserts: Prisma.ChangeCreateManyInput[] = [];
  for (const change of changes) {
    const columns = changeColumns(change);
    const row = stored.get(change.id);
    if (!row) {
      inserts.push({ id: change.id, ...columns, firstSeenAt: now, announcedAt: null });
      result.newChangeIds.push(change.id);
    } else if (changeDiffers(row, columns)) {
      await tx.change.update({ where: { id: change.id }, data: columns });
      result.changesUpdated += 1;
    }
  }
  if (inserts.length > 0) await tx.change.createMany({ data: inserts });
  result.changesInserted = inserts.length;
}

/** A stored change entry whose alerts have not been fanned out yet. */
export type UnannouncedChange = {
  id: string;
  guideSlug: string;
  /** YYYY-MM-DD, as in the entry. */
  date: string;
  /** YYYY-MM-DD when the entry was published later than `date` (backfilled history). */
  published?: string;
  kind: ChangeKind;
  severity: ChangeSeverity;
  title: string;
  summary: string;
  steps: "all" | string[];
  firstSeenAt: Date;
};

function oneOf<T extends string>(allowed: readonly T[], value: string, what: string): T {
  const found = allowed.find((item) => item === value);
  if (found === undefined) throw new Error(`Change row has an unknown ${what} "${value}"; run npm run content:sync`);
  return found;
}

/** Change entries whose alerts still have to go out (announcedAt is null), oldest first seen first. */
export async function changesAwaitingAnnouncement(): Promise<UnannouncedChange[]> {
  const rows = await db.change.findMany({ where: { announcedAt: null }, orderBy: [{ firstSeenAt: "asc" }, { date: "asc" }, { id: "asc" }] });
  return rows.map((row) => ({
    id: row.id,
    guideSlug: row.guideSlug,
    date: fromDbDate(row.date),
    ...(row.published ? { published: fromDbDate(row.published) } : {}),
    kind: oneOf(CHANGE_KINDS, row.kind, "kind"),
    severity: oneOf(CHANGE_SEVERITIES, row.severity, "severity"),
    title: row.title,
    summary: row.summary,
    steps: row.touchesAllSteps ? "all" : row.stepIds,
    firstSeenAt: row.firstSeenAt,
  }));
}

/**
 * Records that a change's alerts were fanned out. Returns false when it was already announced (or
 * does not exist), so of two workers racing on one change only one sees true.
 */
export async function markChangeAnnounced(id: string, at: Date = new Date()): Promise<boolean> {
  const { count } = await db.change.updateMany({ where: { id, announcedAt: null }, data: { announcedAt: at } });
  return count === 1;
}
