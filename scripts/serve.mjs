/**
 * Serves the production build, as `next start` does, with one addition: each request carries the
 * address of the socket it arrived on (scripts/lib/peer-address.mjs), which Next.js does not
 * expose to route handlers or server actions. Rate limits and the local mailbox rely on it.
 * Usage: node scripts/serve.mjs [--port 3000] [--hostname 127.0.0.1]
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { stampPeerAddress } from "./lib/peer-address.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" }, hostname: { type: "string" } } });
const port = Number(values.port);
const hostname = values.hostname;
// `next start` sets this; a custom server must do it itself or React runs its development build.
process.env.NODE_ENV ??= "production";

const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  stampPeerAddress(req);
  handle(req, res).catch((error) => {
    console.error("serve: request failed", error instanceof Error ? error.name : typeof error);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
server.listen(port, hostname, () => console.log(`serve: ready on http://${hostname ?? "localhost"}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; do not wait for them.
    server.closeAllConnections();
  });
}
