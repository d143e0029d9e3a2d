import "server-only";
import type { PgBoss } from "pg-boss";
import { env } from "@/server/env";
import { loadWatchedSources } from "@/server/sources/content-sources";
import { defaultFetchPolicy, runSourceCycle } from "@/server/sources/run-source-cycle";

export const SOURCES_QUEUE = "sources-check";

/** The delay before the next cycle: the configured interval plus up to 10% jitter, so many instances never fetch in step. */
export function nextCycleDelaySeconds(intervalMinutes: number, random: () => number = Math.random): number {
  return Math.round(intervalMinutes * 60 * (1 + 0.1 * random()));
}

/**
 * The watcher in the worker: one job runs one cycle, then queues the next after the interval
 * with jitter. The "stately" policy and one key keep at most one cycle queued and one running, however many workers run.
 */
export async function startSourceWatcher(boss: PgBoss, intervalMinutes: number = env.SOURCES_CHECK_INTERVAL_MINUTES): Promise<boolean> {
  if (intervalMinutes === 0) return false;
  await boss.createQueue(SOURCES_QUEUE, { retryLimit: 1, expireInSeconds: 3 * 3600, policy: "stately" });
  const queueNext = () => boss.send(SOURCES_QUEUE, {}, { startAfter: nextCycleDelaySeconds(intervalMinutes), singletonKey: "cycle" });
  await boss.work(SOURCES_QUEUE, async () => {
    try {
      const summary = await runSourceCycle(await loadWatchedSources(), { policy: defaultFetchPolicy(), hostGapMs: env.SOURCES_HOST_GAP_MS });
      const counts = summary.results.reduce<Record<string, number>>((acc, result) => ({ ...acc, [result.outcome]: (acc[result.outcome] ?? 0) + 1 }), {});
      console.log(`worker: sources checked: ${Object.entries(counts).map(([outcome, n]) => `${n} ${outcome}`).join(", ")}`);
    } finally {
      await queueNext();
    }
  });
  // After a (re)start, a cycle a little later, unless one is already queued.
  await boss.send(SOURCES_QUEUE, {}, { startAfter: nextCycleDelaySeconds(5), singletonKey: "cycle" });
  return true;
}
