import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makeLoopbackCertificate, writeFixtureContent } from "@/tests/sources/fixture-content";
import { HELP_VARIANTS, startFixtureSite, type FixtureSite } from "@/tests/sources/fixture-site";

const run = promisify(execFile);
let site: FixtureSite;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  const tls = await makeLoopbackCertificate(await mkdtemp(path.join(os.tmpdir(), "offswitch-tls-")));
  site = await startFixtureSite("127.0.0.1", tls);
  const content = await writeFixtureContent(site.base);
  env = { ...process.env, SOURCES_ALLOW_LOOPBACK: "true", SOURCES_HOST_GAP_MS: "50", NODE_EXTRA_CA_CERTS: tls.certFile, OFFSWITCH_CONTENT_DIR: content };
});
afterAll(() => site.close());

const sourcesCheck = (...args: string[]) =>
  run("npx", ["tsx", "--conditions=react-server", "scripts/sources-check.ts", ...args], { env, cwd: process.cwd() }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );

describe("npm run sources:check", () => {
  test("checks the official sources under OFFSWITCH_CONTENT_DIR, one line each, and pins a renamed label to its step", { timeout: 120_000 }, async () => {
    site.variants.help = HELP_VARIANTS.original ?? "";
    const first = await sourcesCheck();
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("sources:check: 5 official sources");
    expect(first.stdout).toMatch(new RegExp(`^FIRST +${site.base}/help$`, "m"));
    expect(first.stdout).toMatch(new RegExp(`^FAILED +${site.base}/cookie: cookie wall$`, "m"));
    expect(first.stdout).toMatch(new RegExp(`^FAILED +${site.base}/redirect-private: refused: 10\\.0\\.0\\.1 is a private`, "m"));
    expect(first.stdout).not.toContain("press.example");
    expect(first.stdout).toMatch(/^sources:check: 5 sources: .*3 first.*; 0 review flags; 0 Chromium launch\(es\)/m);

    site.variants.help = HELP_VARIANTS.renamed ?? "";
    expect((await sourcesCheck()).stdout).toMatch(new RegExp(`^PENDING +${site.base}/help$`, "m"));
    const confirmed = await sourcesCheck("--json");
    const report = JSON.parse(confirmed.stdout) as { results: { url: string; outcome: string; flags: { kind: string; step?: string }[] }[]; flagged: number };
    const help = report.results.find((result) => result.url === `${site.base}/help`);
    expect(help?.outcome).toBe("changed");
    expect(help?.flags).toEqual([{ kind: "anchor-missing", guide: "watched-guide", step: "turn-off", phrase: "Use my data for training content creation AI models", priority: 300 }]);
    expect(report.flagged).toBe(1);
  });
});
