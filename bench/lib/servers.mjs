/**
 * The servers a bench run measures: the built app under `next start`, and a bare static page
 * served from memory as the baseline. Both bind to loopback on a port in 3400-3499 only.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:http";
import net from "node:net";
import { createRequire } from "node:module";

const PORT_RANGE = [3400, 3499];

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** First free port in the range, skipping the ones this run already handed out. */
const handedOut = new Set();
export async function freePort() {
  for (let port = PORT_RANGE[0]; port <= PORT_RANGE[1]; port++) {
    if (handedOut.has(port)) continue;
    if (await portIsFree(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${PORT_RANGE.join("-")}`);
}

async function waitForHttp(url, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error("server exited before it was ready");
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * Starts `next start` in its own process group, so stopping it also ends any worker it forked.
 * Returns { url, stop, output }; stop() is idempotent.
 */
export async function startNext(root) {
  const port = await freePort();
  const nextBin = createRequire(`${root}/package.json`).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    // A production server refuses to start without AUTH_URL (server/env.ts): this one's own origin.
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", AUTH_URL: process.env.AUTH_URL ?? `http://127.0.0.1:${port}` },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  let exited = child.exitCode !== null;
  child.once("exit", () => (exited = true));

  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => !exited && process.kill(-child.pid, "SIGKILL"), 5000);
    await once(child, "exit").catch(() => {});
    clearTimeout(timer);
  };
  // Last resort if the bench dies without reaching its finally blocks.
  process.once("exit", () => {
    if (!exited) try { process.kill(-child.pid, "SIGKILL"); } catch { /* already gone */ }
  });

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/`, 60_000, () => !exited);
  } catch (error) {
    await stop();
    throw new Error(`next start failed on port ${port}: ${error.message}\n${output}`);
  }
  return { url, stop, output: () => output };
}

// A small, well-formed mobile page: what "no framework, no app code" scores on the same machine.
const BASELINE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Baseline page</title>
<meta name="description" content="A bare static page used as the benchmark baseline.">
</head>
<body>
<main>
<h1>Baseline page</h1>
<p>Static HTML served from memory by node:http, with no JavaScript, no CSS and no images.</p>
</main>
</body>
</html>
`;

/** Serves BASELINE_HTML at every path (robots.txt too, so the SEO audit can read one). */
export async function startBaselineServer() {
  const port = await freePort();
  const server = createServer((request, response) => {
    if (request.url === "/robots.txt") {
      response.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nAllow: /\n");
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(BASELINE_HTML);
  });
  server.listen(port, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections(); // Chromium keeps sockets alive; close would wait for them.
      }),
  };
}
