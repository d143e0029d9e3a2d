import { execFile } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkLinks } from "@/server/links/check-links";
import { collectContentLinks } from "@/server/links/collect-links";

const run = promisify(execFile);
// Timeouts are generous: a fresh process on a busy 2-core machine can take a second for its first request.
let server: Server;
let base: string;
let contentDir: string;

/** A site on loopback that answers every way a real one can: fine, missing, broken, moved, looping, or never. */
function startSite(): Promise<Server> {
  const site = createServer((request, response) => {
    switch (request.url) {
      case "/ok":
        return response.writeHead(200, { "Content-Type": "text/html" }).end("<p>fine</p>");
      case "/missing":
        return response.writeHead(404).end("not found");
      case "/broken":
        return response.writeHead(500).end("oops");
      case "/moved":
        return response.writeHead(301, { Location: "/moved-again" }).end();
      case "/moved-again":
        return response.writeHead(302, { Location: `${base}/ok` }).end();
      case "/moved-to-missing":
        return response.writeHead(308, { Location: "/missing" }).end();
      case "/loop":
        return response.writeHead(302, { Location: "/loop" }).end();
      case "/hang":
        return; // never answers: the checker must give up on its own
      default:
        return response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => site.listen(0, "127.0.0.1", () => resolve(site)));
}

beforeAll(async () => {
  server = await startSite();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  contentDir = await mkdtemp(path.join(os.tmpdir(), "offswitch-links-"));
  await mkdir(path.join(contentDir, "guides"));
  await mkdir(path.join(contentDir, "changes"));
  await writeFile(
    path.join(contentDir, "guides", "fixture-guide.mdx"),
    `---\ntitle: A fixture guide for the link checker\nsources:\n  - { title: "Help", url: "${base}/ok", publisher: "Site", official: true }\n---\n\nSee [the old page](${base}/moved).\n\n<Steps>\n<Step id="one" title="One">\n<DeepLink href="${base}/missing">Open</DeepLink>\n</Step>\n</Steps>\n`,
  );
  await writeFile(path.join(contentDir, "changes", "2026-01-01-fixture.mdx"), `---\ntitle: A change\nsources:\n  - { title: "Post", url: "${base}/ok", publisher: "Site" }\n---\n\nIt [hangs](${base}/hang).\n`);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(contentDir, { recursive: true, force: true });
});

describe("checkLinks against a loopback server", () => {
  test("reports 200s as fine, follows redirects to the final address, and calls 4xx, 5xx, loops and hangs dead", async () => {
    const urls = ["/ok", "/missing", "/broken", "/moved", "/moved-to-missing", "/loop", "/hang"].map((route) => `${base}${route}`);
    const started = Date.now();
    const results = await checkLinks(urls, { timeoutMs: 2_000, concurrency: 7 });
    expect(Date.now() - started).toBeLessThan(10_000);
    const [ok, missing, broken, moved, movedToMissing, loop, hang] = results;
    expect(ok).toMatchObject({ ok: true, status: 200, redirects: 0 });
    expect(missing).toMatchObject({ ok: false, status: 404, reason: "HTTP 404" });
    expect(broken).toMatchObject({ ok: false, status: 500, reason: "HTTP 500" });
    expect(moved).toMatchObject({ ok: true, status: 200, redirects: 2, finalUrl: `${base}/ok` });
    expect(movedToMissing).toMatchObject({ ok: false, status: 404, redirects: 1, finalUrl: `${base}/missing` });
    expect(loop).toMatchObject({ ok: false, reason: "more than 5 redirects" });
    expect(hang).toMatchObject({ ok: false, reason: "timed out after 2000 ms" });
  });

  test("calls a refused connection dead", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const [result] = await checkLinks([`http://127.0.0.1:${port}/`], { timeoutMs: 2_000 });
    expect(result).toMatchObject({ ok: false });
    expect(result?.ok === false && result.reason).toMatch(/could not connect/);
  });
});

describe("collectContentLinks", () => {
  test("finds sources, deep links and Markdown links in guides and change entries, once per address", async () => {
    const links = await collectContentLinks(contentDir);
    expect(links.map((link) => link.url).sort()).toEqual([`${base}/hang`, `${base}/missing`, `${base}/moved`, `${base}/ok`]);
    const kinds = (url: string) => links.find((link) => link.url === url)?.usedIn.map((use) => use.kind);
    expect(kinds(`${base}/ok`)).toEqual(["source", "source"]);
    expect(kinds(`${base}/missing`)).toEqual(["deep-link"]);
    expect(kinds(`${base}/moved`)).toEqual(["markdown"]);
  });
});

describe("npm run links:check", () => {
  test("prints redirects and dead links and exits 1", async () => {
    const failure = await run("npx", ["tsx", "--conditions=react-server", "scripts/links-check.ts", contentDir, "--timeout=4000"], { cwd: process.cwd() }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain(`REDIRECT ${base}/moved -> ${base}/ok (200)`);
    expect(failure?.stderr).toContain(`DEAD ${base}/missing: HTTP 404`);
    expect(failure?.stderr).toContain(`DEAD ${base}/hang: timed out after 4000 ms`);
    expect(failure?.stdout).toContain("links:check: 2 OK, 2 dead");
  }, 60_000);

  test("exits 0 when every link works", async () => {
    const goodDir = await mkdtemp(path.join(os.tmpdir(), "offswitch-links-good-"));
    await mkdir(path.join(goodDir, "guides"));
    await writeFile(path.join(goodDir, "guides", "good.mdx"), `---\ntitle: Good\nsources:\n  - { url: "${base}/ok" }\n---\n\n[Fine](${base}/moved)\n`);
    const { stdout } = await run("npx", ["tsx", "--conditions=react-server", "scripts/links-check.ts", goodDir, "--timeout=4000"], { cwd: process.cwd() });
    expect(stdout).toContain("links:check: 2 OK, 0 dead");
    await rm(goodDir, { recursive: true, force: true });
  }, 60_000);
});
