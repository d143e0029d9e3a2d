import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { changesAwaitingAnnouncement, markChangeAnnounced, syncContent, type SyncChange, type SyncGuide } from "@/server/content/content-sync";
import { db } from "@/server/db/client";
import { knownSteps } from "@/server/progress/known-steps";

/**
 * The sync mirrors the whole content it is given, so each test passes every guide it relies on to
 * every run and asserts only on its own rows (made unique with a random suffix). A sync in one test
 * retires the steps of the other tests' guides, which is what content removal means.
 */
afterAll(() => db.$disconnect());

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 12, minute));
const unique = (name: string) => `${name}-${randomUUID().slice(0, 8)}`;

function guide(slug: string, stepIds: string[], title = "Stop a platform using your data"): SyncGuide {
  return { slug, title, platform: "linkedin", lastVerified: "2026-10-30", steps: stepIds.map((id) => ({ id, title: `Step ${id}` })) };
}

function change(id: string, guideSlug: string, overrides: Partial<SyncChange> = {}): SyncChange {
  return {
    id,
    guide: guideSlug,
    date: "2026-10-15",
    kind: "setting-moved",
    severity: "action-needed",
    title: "The setting moved to Data privacy",
    summary: "The toggle is now under Data privacy, not Account preferences.",
    steps: ["open-settings"],
    ...overrides,
  };
}

const zeroCounts = { guidesUpserted: 0, stepsUpserted: 0, stepsRetired: 0, changesInserted: 0, changesUpdated: 0, newChangeIds: [] };

const stepsOf = (guideSlug: string) =>
  db.guideStep.findMany({ where: { guideSlug }, orderBy: { stepId: "asc" }, select: { stepId: true, title: true, position: true, retiredAt: true } });

/** xmin changes on every write to a row, even one that sets the same values: it proves "wrote nothing". */
async function rowVersions(guideSlug: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ version: string }[]>`
    SELECT 'guide:' || xmin::text AS version FROM "Guide" WHERE slug = ${guideSlug}
    UNION ALL SELECT 'step:' || "stepId" || ':' || xmin::text FROM "GuideStep" WHERE "guideSlug" = ${guideSlug}
    UNION ALL SELECT 'change:' || id || ':' || xmin::text FROM "Change" WHERE "guideSlug" = ${guideSlug}`;
  return rows.map((row) => row.version).sort();
}

describe("syncContent (real Postgres)", () => {
  test("a second run with the same content writes nothing", async () => {
    const slug = unique("guide");
    const content = {
      guides: [guide(slug, ["sign-in", "open-settings", "turn-off"])],
      changes: [change(unique("2026-10-15-moved"), slug), change(unique("2026-10-20-all"), slug, { steps: "all", severity: "info" })],
    };
    const first = await syncContent({ ...content, now: at(1) });
    expect(first).toMatchObject({ guidesUpserted: 1, stepsUpserted: 3, changesInserted: 2, changesUpdated: 0 });
    const before = { versions: await rowVersions(slug), guide: await db.guide.findUniqueOrThrow({ where: { slug } }), steps: await stepsOf(slug) };
    const changesBefore = await db.change.findMany({ where: { guideSlug: slug }, orderBy: { id: "asc" } });

    expect(await syncContent({ ...content, now: at(2) })).toEqual(zeroCounts);
    expect(await rowVersions(slug)).toEqual(before.versions);
    expect(await db.guide.findUniqueOrThrow({ where: { slug } })).toEqual(before.guide);
    expect(await stepsOf(slug)).toEqual(before.steps);
    expect(await db.change.findMany({ where: { guideSlug: slug }, orderBy: { id: "asc" } })).toEqual(changesBefore);

    expect(before.guide.syncedAt).toEqual(at(1));
    expect(before.guide.lastVerified.toISOString().slice(0, 10)).toBe("2026-10-30");
    const all = changesBefore.find((row) => row.touchesAllSteps);
    expect(all).toMatchObject({ stepIds: [], severity: "info" });
  });

  test("a new change entry is reported new exactly once across runs", async () => {
    const slug = unique("guide");
    const guides = [guide(slug, ["open-settings"])];
    const older = change(unique("2026-10-15-older"), slug);
    const newer = change(unique("2026-10-16-newer"), slug);

    expect((await syncContent({ guides, changes: [older], now: at(1) })).newChangeIds).toEqual([older.id]);
    const second = await syncContent({ guides, changes: [older, newer], now: at(2) });
    expect(second).toMatchObject({ changesInserted: 1, changesUpdated: 0, newChangeIds: [newer.id] });
    expect((await syncContent({ guides, changes: [older, newer], now: at(3) })).newChangeIds).toEqual([]);

    const rows = await db.change.findMany({ where: { guideSlug: slug }, orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.id, row.firstSeenAt, row.announcedAt])).toEqual([
      [older.id, at(1), null],
      [newer.id, at(2), null],
    ]);
    const awaiting = (await changesAwaitingAnnouncement()).filter((entry) => entry.guideSlug === slug);
    expect(awaiting.map((entry) => entry.id)).toEqual([older.id, newer.id]);
    expect(awaiting[0]).toMatchObject({ date: "2026-10-15", kind: "setting-moved", severity: "action-needed", steps: ["open-settings"] });

    expect(await markChangeAnnounced(older.id, at(4))).toBe(true);
    expect(await markChangeAnnounced(older.id, at(5))).toBe(false);
    expect((await changesAwaitingAnnouncement()).map((entry) => entry.id)).not.toContain(older.id);
    expect((await db.change.findUniqueOrThrow({ where: { id: older.id } })).announcedAt).toEqual(at(4));
  });

  test("editing an entry updates it without making it new again", async () => {
    const slug = unique("guide");
    const guides = [guide(slug, ["open-settings", "turn-off"])];
    const entry = change(unique("2026-10-15-edited"), slug);
    await syncContent({ guides, changes: [entry], now: at(1) });
    await markChangeAnnounced(entry.id, at(2));

    const edited = { ...entry, title: "The setting moved to Data privacy (corrected)", steps: ["open-settings", "turn-off"] };
    const result = await syncContent({ guides, changes: [edited], now: at(3) });
    expect(result).toMatchObject({ changesInserted: 0, changesUpdated: 1, newChangeIds: [] });
    expect(await db.change.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      title: edited.title,
      stepIds: ["open-settings", "turn-off"],
      firstSeenAt: at(1),
      announcedAt: at(2),
    });
    expect(await syncContent({ guides, changes: [edited], now: at(4) })).toEqual(zeroCounts);
  });

  test("a backfilled entry keeps both dates, and setting or clearing `published` is an update", async () => {
    const slug = unique("guide");
    const guides = [guide(slug, ["open-settings", "turn-off"])];
    const entry = change(unique("2024-03-01-backfilled"), slug, { date: "2024-03-01", published: "2026-11-20" });
    await syncContent({ guides, changes: [entry], now: at(1) });
    expect((await changesAwaitingAnnouncement()).find((each) => each.id === entry.id)).toMatchObject({ date: "2024-03-01", published: "2026-11-20" });
    const { published: _published, ...withoutPublished } = entry;
    expect(await syncContent({ guides, changes: [withoutPublished], now: at(2) })).toMatchObject({ changesUpdated: 1 });
    expect((await db.change.findUniqueOrThrow({ where: { id: entry.id } })).published).toBeNull();
  });

  test("a step removed from content is retired, not deleted, and comes back when re-added", async () => {
    const slug = unique("guide");
    await syncContent({ guides: [guide(slug, ["sign-in", "open-settings", "turn-off"])], changes: [], now: at(1) });

    const removed = await syncContent({ guides: [guide(slug, ["sign-in", "turn-off"])], changes: [], now: at(2) });
    expect(removed).toMatchObject({ guidesUpserted: 1, stepsRetired: 1, stepsUpserted: 1 });
    expect(await stepsOf(slug)).toEqual([
      { stepId: "open-settings", title: "Step open-settings", position: 1, retiredAt: at(2) },
      { stepId: "sign-in", title: "Step sign-in", position: 0, retiredAt: null },
      { stepId: "turn-off", title: "Step turn-off", position: 1, retiredAt: null },
    ]);
    expect(await syncContent({ guides: [guide(slug, ["sign-in", "turn-off"])], changes: [], now: at(3) })).toEqual(zeroCounts);

    const restored = await syncContent({ guides: [guide(slug, ["sign-in", "open-settings", "turn-off"])], changes: [], now: at(4) });
    expect(restored).toMatchObject({ stepsRetired: 0, stepsUpserted: 2 });
    expect((await stepsOf(slug)).map((step) => [step.stepId, step.position, step.retiredAt])).toEqual([
      ["open-settings", 1, null],
      ["sign-in", 0, null],
      ["turn-off", 2, null],
    ]);
  });

  test("step positions follow content order and a reorder updates the guide's syncedAt", async () => {
    const slug = unique("guide");
    await syncContent({ guides: [guide(slug, ["a-step", "b-step", "c-step"])], changes: [], now: at(1) });
    const reordered = await syncContent({ guides: [guide(slug, ["c-step", "a-step", "b-step"])], changes: [], now: at(2) });
    expect(reordered).toMatchObject({ guidesUpserted: 1, stepsUpserted: 3, stepsRetired: 0 });
    const ordered = await db.guideStep.findMany({ where: { guideSlug: slug }, orderBy: { position: "asc" } });
    expect(ordered.map((step) => step.stepId)).toEqual(["c-step", "a-step", "b-step"]);
    expect((await db.guide.findUniqueOrThrow({ where: { slug } })).syncedAt).toEqual(at(2));
  });

  test("a guide gone from content keeps its row, and its steps are retired", async () => {
    const kept = unique("guide");
    const gone = unique("guide");
    await syncContent({ guides: [guide(kept, ["sign-in"]), guide(gone, ["sign-in", "turn-off"])], changes: [], now: at(1) });
    await syncContent({ guides: [guide(kept, ["sign-in"])], changes: [], now: at(2) });
    expect(await db.guide.count({ where: { slug: gone } })).toBe(1);
    expect((await stepsOf(gone)).map((step) => step.retiredAt)).toEqual([at(2), at(2)]);
    expect((await stepsOf(kept)).map((step) => step.retiredAt)).toEqual([null]);
  });

  test("inconsistent content is refused before anything is written", async () => {
    const slug = unique("guide");
    const orphan = change(unique("2026-10-15-orphan"), unique("missing-guide"));
    await expect(syncContent({ guides: [guide(slug, ["sign-in", "sign-in"])], changes: [orphan], now: at(1) })).rejects.toThrow(
      /repeats step id\(s\) sign-in[\s\S]*not in content/,
    );
    expect(await db.guide.count({ where: { slug } })).toBe(0);
    expect(await db.change.count({ where: { id: orphan.id } })).toBe(0);
  });
});

// In this file, not its own: tests in one file run in sequence, and a sync retires other guides' steps.
test("progress validation knows the synced steps of every guide, without retired ones", async () => {
  const slug = unique("known-steps");
  await syncContent({ guides: [guide(slug, ["sign-in", "old-step", "turn-off"])], changes: [] });
  await syncContent({ guides: [guide(slug, ["sign-in", "turn-off"])], changes: [] });
  const steps = await knownSteps(Date.now() + 3_600_000);
  expect([...(steps.get(slug) ?? [])].sort()).toEqual(["sign-in", "turn-off"]);
});
