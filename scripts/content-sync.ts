/**
 * `npm run content:sync`: mirrors content/ (or OFFSWITCH_CONTENT_DIR, as the app reads it) into
 * Postgres at DATABASE_URL: Guide, GuideStep and Change rows. Safe to run on every start: a run
 * with unchanged content writes nothing. Prints the counts and the change entries seen for the
 * first time, which the alerts worker will announce.
 */
import { listChanges } from "@/server/content/changes";
import { syncContent } from "@/server/content/content-sync";
import { listGuides } from "@/server/content/guides";
import { db } from "@/server/db/client";

try {
  const [guides, changes] = await Promise.all([listGuides(), listChanges()]);
  const result = await syncContent({ guides, changes });
  console.log(
    `content:sync: ${guides.length} guides, ${changes.length} change entries; ` +
      `guides upserted ${result.guidesUpserted}, steps upserted ${result.stepsUpserted}, steps retired ${result.stepsRetired}, ` +
      `changes inserted ${result.changesInserted}, changes updated ${result.changesUpdated}`,
  );
  if (result.newChangeIds.length > 0) {
    console.log(`new change entries (${result.newChangeIds.length}), awaiting announcement:`);
    for (const id of result.newChangeIds) console.log(`  ${id}`);
  }
} catch (error) {
  // Content errors list every file:line; a stack adds nothing for the person reading them.
  console.error(`content:sync failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
