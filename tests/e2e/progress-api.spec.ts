import { expect, test, type APIRequestContext } from "@playwright/test";
import { newEmail, serverProgress, signIn } from "@/tests/e2e/fixtures/accounts";

const now = () => new Date().toISOString();
const mark = (step: string, done = true, at = now()) => ({ guide: "linkedin-ai-training", step, done, at });

async function post(request: APIRequestContext, data: unknown, headers: Record<string, string> = {}) {
  return request.post("/api/progress", {
    headers: { "Content-Type": "application/json", ...headers },
    // A Buffer is sent as-is; Playwright would JSON-encode a string a second time.
    data: Buffer.from(typeof data === "string" ? data : JSON.stringify(data)),
  });
}

test("not signed in: reading and saving progress answer 401", async ({ request }) => {
  expect((await request.get("/api/progress")).status()).toBe(401);
  const response = await post(request, { marks: [mark("sign-in")] });
  expect(response.status()).toBe(401);
  expect(((await response.json()) as { error: { message: string } }).error.message).toContain("Sign in");
});

test("bad input gets a clear 4xx and changes nothing", async ({ page }) => {
  await signIn(page, newEmail("bad-input"));
  const request = page.request;
  expect((await post(request, { marks: [mark("sign-in", true, "2026-01-01T00:00:00.000Z")] })).status()).toBe(200);
  const before = await serverProgress(page);

  const cases: [string, unknown, number, string][] = [
    ["malformed JSON", "{\"marks\": [", 400, "not valid JSON"],
    ["wrong types", { marks: [{ ...mark("open-settings"), done: "yes" }] }, 400, "marks.0.done"],
    ["unknown guide", { marks: [{ ...mark("sign-in"), guide: "no-such-guide" }] }, 400, 'no guide "no-such-guide"'],
    ["unknown step", { marks: [mark("no-such-step")] }, 400, 'has no step "no-such-step"'],
    ["far-future timestamp", { marks: [mark("open-settings", true, "2099-01-01T00:00:00.000Z")] }, 400, "in the future"],
    ["too many items", { marks: Array.from({ length: 201 }, () => mark("open-settings")) }, 400, "at most 200"],
    ["no items", { marks: [] }, 400, "at least one"],
    ["extra keys", { marks: [mark("open-settings")], userId: "someone-else" }, 400, "Unrecognized key"],
    ["__proto__ key", `{"marks":${JSON.stringify([mark("open-settings")])},"__proto__":{"polluted":true}}`, 400, "Unrecognized key"],
    ["not an object", [1, 2, 3], 400, "body"],
  ];
  for (const [name, body, status, message] of cases) {
    const response = await post(request, body);
    expect(response.status(), name).toBe(status);
    const { error } = (await response.json()) as { error: { message: string; details?: string[] } };
    expect([error.message, ...(error.details ?? [])].join("\n"), name).toContain(message);
  }
  const wrongType = await request.post("/api/progress", { headers: { "Content-Type": "text/plain" }, data: Buffer.from(JSON.stringify({ marks: [mark("open-settings")] })) });
  expect(wrongType.status()).toBe(415);
  const crossSite = await post(request, { marks: [mark("open-settings")] }, { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" });
  expect(crossSite.status()).toBe(403);

  expect(await serverProgress(page)).toEqual(before);
});

test("replaying a mark is harmless and an older mark never overwrites a newer one", async ({ page }) => {
  await signIn(page, newEmail("replay"));
  const newer = mark("sign-in", false, "2026-06-01T12:00:00.000Z");
  const older = mark("sign-in", true, "2026-06-01T11:00:00.000Z");
  for (let i = 0; i < 3; i += 1) expect((await post(page.request, { marks: [newer] })).status()).toBe(200);
  expect((await post(page.request, { marks: [older] })).status()).toBe(200);
  expect((await serverProgress(page))["linkedin-ai-training"]?.["sign-in"]).toEqual({ done: false, at: newer.at });
});

test("each person reads and writes only their own progress", async ({ browser }) => {
  const alice = await (await browser.newContext()).newPage();
  const bob = await (await browser.newContext()).newPage();
  await signIn(alice, newEmail("alice"));
  await signIn(bob, newEmail("bob"));
  expect((await post(alice.request, { marks: [mark("sign-in"), mark("open-settings")] })).status()).toBe(200);
  expect((await post(bob.request, { marks: [mark("turn-off-ai-training")] })).status()).toBe(200);

  expect(Object.keys((await serverProgress(alice))["linkedin-ai-training"] ?? {}).sort()).toEqual(["open-settings", "sign-in"]);
  expect(Object.keys((await serverProgress(bob))["linkedin-ai-training"] ?? {})).toEqual(["turn-off-ai-training"]);

  // Bob's data export holds only Bob's rows.
  const exported = (await (await bob.request.get("/api/account/export")).json()) as { progress: { stepId: string }[] };
  expect(exported.progress.map((row) => row.stepId)).toEqual(["turn-off-ai-training"]);
  await alice.context().close();
  await bob.context().close();
});
