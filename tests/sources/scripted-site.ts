import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Answers the n-th request (from 0) of a path; `undefined` means 404. */
export type ScriptedPage = (n: number) => string | undefined;

export type ScriptedSite = {
  base: string;
  /** Pages by path; tests and benches swap them between cycles. */
  pages: Map<string, ScriptedPage>;
  /** Requests seen per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
};

/**
 * A loopback HTTP server whose pages are functions of how often they were requested, so a page
 * can rotate stamps and tokens, flip between variants or change once, like a real help page
 * between two fetches. robots.txt allows everything. Loopback only; nothing leaves the machine.
 */
export async function startScriptedSite(host = "127.0.0.1"): Promise<ScriptedSite> {
  const pages = new Map<string, ScriptedPage>();
  const hits = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (path === "/robots.txt") return void response.writeHead(200, { "Content-Type": "text/plain" }).end("User-agent: *\nAllow: /\n");
    const n = hits.get(path) ?? 0;
    hits.set(path, n + 1);
    const body = pages.get(path)?.(n);
    if (body === undefined) return void response.writeHead(404, { "Content-Type": "text/html" }).end("<h1>Page not found</h1>");
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    base: `http://${host}:${(server.address() as AddressInfo).port}`,
    pages,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
