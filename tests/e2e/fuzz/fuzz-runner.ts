import { expect, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { hostileContentType, hostileQuery, hostileRawBody, hostileString, hostileValue, mutateBody } from "@/tests/e2e/fuzz/hostile-inputs";
import { actionHeaders, encodeActionArguments, FormArgument } from "@/tests/e2e/fuzz/server-actions";
import type { ActionTarget, HttpMethod, RouteTarget } from "@/tests/e2e/fuzz/targets";

const ALL_METHODS: readonly HttpMethod[] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const WRITES: ReadonlySet<HttpMethod> = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Requests in flight at once: enough to keep the server busy, few enough for a shared 2-core machine. */
const CONCURRENCY = 4;

export type FuzzContext = { request: APIRequestContext; origin: string; numRuns: number };
export type FuzzTally = { requests: number; statuses: Map<number, number> };

function count(tally: FuzzTally, status: number) {
  tally.requests += 1;
  tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
}

/**
 * fc.assert, but the report stays readable: a counterexample can hold a 300 kB string, so values
 * are cut to their first characters (the seed and path reproduce the run exactly).
 */
async function assertProperty<T>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  const details = await fc.check(property, { numRuns, endOnFailure: true });
  if (!details.failed) return;
  const clip = (text: string) => (text.length > 600 ? `${text.slice(0, 600)}… (${text.length} characters)` : text);
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `Property failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}")\n` +
      `Counterexample: ${clip(fc.stringify(details.counterexample))}\n${clip(cause)}`,
  );
}

/** Runs jobs with at most CONCURRENCY at a time, then reports every failure together. */
export async function runPool(jobs: readonly (() => Promise<void>)[]): Promise<void> {
  const queue = [...jobs];
  const failures: string[] = [];
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await job().catch((error: unknown) => failures.push(error instanceof Error ? error.message : String(error)));
  }));
  if (failures.length > 0) throw new Error(`${failures.length} of ${jobs.length} fuzz targets failed:\n\n${failures.join("\n\n")}`);
}

function describeBody(body: string | Buffer | undefined): string {
  if (body === undefined) return "no body";
  const text = typeof body === "string" ? body : body.subarray(0, 120).toString("utf8");
  return `${body.length} ${typeof body === "string" ? "chars" : "bytes"}: ${JSON.stringify(text.slice(0, 120))}`;
}

/** Our API routes never accept a hostile body: a 2xx would mean it was stored (see RouteTarget.hostileBody for the exceptions). */
function expectRefused(target: RouteTarget, status: number, location: string | undefined, request: string) {
  if (target.hostileBody?.answer === "ignored") return;
  if (target.hostileBody?.answer === "redirect" && status === 303) {
    expect(location ?? "", `${request} sent a hostile body on as if it were accepted`).toMatch(target.hostileBody.refusedTo);
    return;
  }
  expect(status, `${request} accepted a hostile body`).toBeGreaterThanOrEqual(400);
}

/** Hostile requests to one URL of a route: every method, odd query strings, hostile bodies and content types. */
export function fuzzRoutePath(target: RouteTarget, path: string, context: FuzzContext, tally: FuzzTally): () => Promise<void> {
  const mutatedValid = target.validBody
    ? fc.tuple(fc.nat(), hostileValue).map(([pick, replacement]) => JSON.stringify(mutateBody(target.validBody?.(), pick, replacement)))
    : hostileRawBody;
  const body = fc.oneof(hostileRawBody, mutatedValid, hostileValue.map((value) => JSON.stringify(value) ?? "null"));
  return async () => {
    await assertProperty(
      fc.asyncProperty(fc.constantFrom(...ALL_METHODS), hostileQuery, body, hostileContentType, async (method, query, payload, contentType) => {
        const data = WRITES.has(method) ? (typeof payload === "string" ? Buffer.from(payload, "utf8") : payload) : undefined;
        const headers: Record<string, string> = { Origin: context.origin };
        if (data) headers["Content-Type"] = contentType;
        const response = await context.request.fetch(`${path}${query}`, { method, headers, data, maxRedirects: 0, timeout: 60_000 });
        count(tally, response.status());
        expect(response.status(), `${method} ${path}${query.slice(0, 200)} with ${contentType || "no content type"}, ${describeBody(data)}`).toBeLessThan(500);
        if (data && target.methods.includes(method) && target.file.startsWith("app/api/") && !target.file.includes("[...nextauth]")) {
          expectRefused(target, response.status(), response.headers().location, `${method} ${path}`);
        }
      }),
      context.numRuns,
    );
  };
}

const printableAscii = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 60 });

function formArgument(fields: readonly string[]) {
  const name = fc.oneof({ arbitrary: fc.constantFrom(...(fields.length ? fields : ["field"])), weight: 4 }, { arbitrary: hostileString.filter((value) => value.length < 100), weight: 1 });
  return fc.array(fc.tuple(name, hostileString), { maxLength: 5 }).map((pairs) => new FormArgument(pairs));
}

/** Arguments the way the page would send them but with hostile values, plus wrong types and arities. */
function actionArguments(target: ActionTarget): fc.Arbitrary<unknown[]> {
  const shaped =
    target.args.kind === "state-and-form"
      ? fc.tuple(hostileValue, formArgument(target.args.fields))
      : target.args.kind === "form"
        ? fc.tuple(formArgument(target.args.fields))
        : fc.constant<unknown[]>([]);
  return fc.oneof({ arbitrary: shaped, weight: 3 }, { arbitrary: fc.array(hostileValue, { maxLength: 4 }), weight: 2 });
}

/** Calls one server action with hostile arguments (and now and then a made-up action id). */
export function fuzzAction(target: ActionTarget, actionId: string, context: FuzzContext, tally: FuzzTally): () => Promise<void> {
  const id = fc.oneof({ arbitrary: fc.constant(actionId), weight: 9 }, { arbitrary: printableAscii, weight: 1 });
  return async () => {
    await assertProperty(
      fc.asyncProperty(id, actionArguments(target), async (sentId, args) => {
        const encoded = encodeActionArguments(args);
        const response = await context.request.post(target.page, {
          headers: { ...actionHeaders(sentId, encoded), Origin: context.origin },
          data: encoded.body,
          maxRedirects: 0,
          timeout: 60_000,
        });
        count(tally, response.status());
        expect(response.status(), `${target.exportName} (${sentId}) with ${describeBody(encoded.body)}`).toBeLessThan(500);
        if (sentId !== actionId) expect(response.status(), "a made-up action id").toBeGreaterThanOrEqual(400);
      }),
      context.numRuns,
    );
  };
}
