import type { SignedInPerson, StoredMark } from "@/tests/load/signed-in-people";

/**
 * Simulated people ticking steps over HTTP, each with an outbox like the browser's: a mark stays
 * queued until the server answers 200, so the expected final state is simply, per step, the mark
 * with the latest time each person made. Requests are bounded by a shared limit on in-flight
 * requests; each person waits for their previous request before sending the next (as one tab does).
 */
type Mark = { guide: string; step: string; done: boolean; at: string };

export type TickLoadOptions = {
  people: readonly SignedInPerson[];
  steps: readonly { guide: string; step: string }[];
  /** Instances to spread requests over (round robin per request). */
  baseUrls: readonly string[];
  durationMs: number;
  maxInFlight: number;
  /** Pause between one person's requests; random in [0, thinkMs). */
  thinkMs: number;
  /** Answers other than 200 that are acceptable (the outbox keeps the marks and retries). */
  tolerate?: (status: number, body: string) => boolean;
};

export type TickLoadResult = {
  expected: Map<string, StoredMark>;
  requests: number;
  marks: number;
  statuses: Map<number, number>;
  /** Answers that were neither 200 nor tolerated, with their body. */
  errors: string[];
  latenciesMs: number[];
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class InFlightLimit {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly max: number) {}
  async run<T>(work: () => Promise<T>): Promise<T> {
    while (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}

export async function runTickLoad(options: TickLoadOptions): Promise<TickLoadResult> {
  const result: TickLoadResult = { expected: new Map(), requests: 0, marks: 0, statuses: new Map(), errors: [], latenciesMs: [] };
  const limit = new InFlightLimit(options.maxInFlight);
  const endAt = Date.now() + options.durationMs;
  let nextInstance = 0;

  async function send(person: SignedInPerson, marks: readonly Mark[]): Promise<boolean> {
    const baseUrl = options.baseUrls[nextInstance++ % options.baseUrls.length] as string;
    let started = 0;
    let status = 0;
    let body = "";
    try {
      const response = await limit.run(() => {
        // Latency of the request itself, not of the wait for a free slot.
        started = performance.now();
        return fetch(`${baseUrl}/api/progress`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: person.cookie, origin: baseUrl },
          body: JSON.stringify({ marks }),
          signal: AbortSignal.timeout(30_000),
        });
      });
      status = response.status;
      body = await response.text();
    } catch (error) {
      body = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    result.latenciesMs.push(performance.now() - started);
    result.requests += 1;
    result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
    if (status === 200) return true;
    if (!options.tolerate?.(status, body)) result.errors.push(`${status} ${body.slice(0, 200)}`);
    return false;
  }

  async function simulate(person: SignedInPerson, index: number): Promise<void> {
    const outbox: Mark[] = [];
    let lastAt = 0;
    let sentMarks: Mark[] = [];
    // Stagger the start so 200 people do not all arrive in the same millisecond.
    await sleep((index * 7) % Math.max(1, options.thinkMs));
    while (Date.now() < endAt || outbox.length > 0) {
      if (Date.now() < endAt) {
        // One to three new ticks; each person's clock only moves forward (ties would make "later" ambiguous).
        for (let count = 1 + Math.floor(Math.random() * 3); count > 0; count -= 1) {
          const target = options.steps[Math.floor(Math.random() * options.steps.length)] as { guide: string; step: string };
          lastAt = Math.max(Date.now(), lastAt + 1);
          const mark = { ...target, done: Math.random() < 0.7, at: new Date(lastAt).toISOString() };
          outbox.push(mark);
          result.marks += 1;
          const key = `${person.userId} ${mark.guide} ${mark.step}`;
          result.expected.set(key, { done: mark.done, at: mark.at });
        }
        // Now and then replay an old, already confirmed mark, as a retried request would: it must change nothing.
        if (sentMarks.length > 0 && Math.random() < 0.2) outbox.push(sentMarks[Math.floor(Math.random() * sentMarks.length)] as Mark);
      }
      const batch = outbox.slice(0, 200);
      if (await send(person, batch)) {
        outbox.splice(0, batch.length);
        sentMarks = batch;
      } else if (Date.now() > endAt + 120_000) {
        result.errors.push(`${person.userId}: ${outbox.length} marks still unsaved two minutes after the load ended`);
        return;
      } else {
        await sleep(250 + Math.random() * 750); // back off like the outbox does
      }
      await sleep(Math.random() * options.thinkMs);
    }
  }

  await Promise.all(options.people.map((person, index) => simulate(person, index)));
  return result;
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

/** The differences between expected and stored progress, at most `limit` of them, as readable lines. */
export function progressDifferences(expected: ReadonlyMap<string, StoredMark>, stored: ReadonlyMap<string, StoredMark>, limit = 10): string[] {
  const problems: string[] = [];
  for (const [key, mark] of expected) {
    const actual = stored.get(key);
    if (!actual || actual.done !== mark.done || actual.at !== mark.at) problems.push(`${key}: expected ${JSON.stringify(mark)}, stored ${JSON.stringify(actual)}`);
  }
  for (const key of stored.keys()) if (!expected.has(key)) problems.push(`${key}: stored but never ticked`);
  return problems.slice(0, limit);
}
