import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";

/**
 * A loopback site whose pages behave like real help pages between requests (hand-made fixtures,
 * not platforms' text). `variants.help` is switched by tests to rename, move or remove wording.
 */
export type FixtureSite = {
  base: string;
  server: Server;
  requests: { path: string; at: number; headers: IncomingMessage["headers"] }[];
  variants: Record<string, string>;
  close(): Promise<void>;
};

const para = (text: string) => `<p>${text}</p>`;
const filler = para("This article explains how the platform uses the information you give it, what the setting controls, and how to change it on the web and in the app at any time.");
export const page = (body: string, lang = "en") => `<!doctype html><html lang="${lang}"><head><title>Help Center</title></head><body><header>Site header with search</header><main><article>${body}${filler}</article></main><footer>Footer links and copyright</footer></body></html>`;

export const HELP_VARIANTS: Record<string, string> = {
  original: page(`<h1>Control data for AI improvement</h1>${para("Go to Settings &amp; Privacy, then Data privacy.")}${para("Turn off the toggle labelled “Use my data for training content creation AI models”.")}${para("Opting out does not affect training that has already taken place.")}`),
  moved: page(`<h1>Control data for AI improvement</h1>${para("Opting out does not affect training that has already taken place.")}${para("Turn off the toggle labelled “Use my data for training content creation AI models”.")}${para("Go to Settings &amp; Privacy, then Data privacy.")}`),
  renamed: page(`<h1>Control data for AI improvement</h1>${para("Go to Settings &amp; Privacy, then Data privacy.")}${para("Turn off the toggle labelled “Allow generative AI to learn from my content”.")}${para("Opting out does not affect training that has already taken place.")}`),
  menuRenamed: page(`<h1>Control data for AI improvement</h1>${para("Go to Settings &amp; Privacy, then Privacy and data.")}${para("Turn off the toggle labelled “Use my data for training content creation AI models”.")}${para("Opting out does not affect training that has already taken place.")}`),
  removed: page(`<h1>Control data for AI improvement</h1>${para("Opting out does not affect training that has already taken place.")}${para("This setting is no longer available in your region.")}`),
};

let counter = 0;
function handle(site: FixtureSite, request: IncomingMessage, response: ServerResponse): void {
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  site.requests.push({ path, at: Date.now(), headers: request.headers });
  const html = (body: string, headers: Record<string, string> = {}): void => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", ...headers }).end(body);
  };
  counter += 1;
  switch (path) {
    case "/robots.txt":
      return void response.writeHead(200, { "Content-Type": "text/plain" }).end("User-agent: *\nDisallow: /private\n");
    case "/stable":
      // Rotating stamp, session token and counter: none of them is a change.
      return html(page(`<h1>Stable page</h1>${para(`Last updated: ${counter % 5} days ago. Session ${Math.random().toString(36).slice(2)}${Date.now().toString(36)}x9 loaded at ${10 + (counter % 12)}:${String(counter % 60).padStart(2, "0")}.`)}${para(`${1000 + counter} views. Turn off Improve the model for everyone in Data Controls.`)}<div class="feedback">Was this helpful? ${counter}</div>`));
    case "/flip":
      return html(page(site.requests.filter((r) => r.path === "/flip").length % 2 === 1 ? para("Variant A of a page that flips between two versions.") : para("Variant B, shown to some visitors, of a page that flips.")));
    case "/cookie":
      return html(`<!doctype html><html lang="en"><body><div>${para("We use cookies to make this site work and to measure how it is used. Choose Accept all to allow every cookie, or open Cookie settings to choose which ones you allow on this device.")}<button>Accept all</button></div></body></html>`);
    case "/cookie-banner": {
      // A real article under a cookie banner whose buttons swap order on every request.
      const buttons = site.requests.filter((r) => r.path === "/cookie-banner").length % 2 === 0 ? "<button>Accept all</button><button>Reject all</button>" : "<button>Reject all</button><button>Accept all</button>";
      const banner = `<div class="consent" role="dialog">${para("We use cookies to make this site work and to measure how it is used.")}${buttons}<a href="/cookies">Cookie settings</a></div>`;
      return html(page(`<h1>Manage your data</h1>${para("Go to Data Controls and turn off Improve the model for everyone, on the web or in the app.")}`).replace("<body>", `<body>${banner}`));
    }
    case "/bot-wall":
      // A challenge that stays a challenge with JavaScript too: a failed check, never a version.
      return html(`<!doctype html><html lang="en"><body><h1>Access denied</h1><p>Please verify you are human to continue. Complete the security check to access this page.</p></body></html>`);
    case "/bot":
      // A challenge for plain HTTP; with JavaScript it renders the article.
      return html(`<!doctype html><html lang="en"><body><h1>Just a moment...</h1><p>Checking your browser before accessing the site.</p><script>document.body.innerHTML = ${JSON.stringify(page(`<h1>Behind the wall</h1>${para("Turn off Improve the model for everyone in Data Controls, on every device you use.")}`).replace(/^.*<body>|<\/body>.*$/g, ""))};</script></body></html>`);
    case "/js":
      return html(`<!doctype html><html lang="en"><head><title>App</title></head><body><div id="root"></div><script>document.getElementById("root").innerHTML = ${JSON.stringify(`<main><article><h1>Rendered help</h1>${para("This page is rendered in the browser. Go to Data Controls and turn off Improve the model for everyone.")}${filler}</article></main>`)};</script></body></html>`);
    case "/etag": {
      const etag = '"v1"';
      if (request.headers["if-none-match"] === etag) return void response.writeHead(304, { ETag: etag }).end();
      return html(page(`<h1>Validated page</h1>${para("A page served with an ETag, answered with 304 when it did not change.")}`), { ETag: etag });
    }
    case "/ratelimited":
      return void response.writeHead(429, { "Retry-After": "120", "Content-Type": "text/plain" }).end("slow down");
    case "/big":
      return html(page(para("x ".repeat(200_000))));
    case "/redirect-private":
      return void response.writeHead(302, { Location: "http://10.0.0.1/admin" }).end();
    case "/redirect-metadata":
      return void response.writeHead(301, { Location: "http://169.254.169.254/latest/meta-data/" }).end();
    case "/private":
      return html(page(para("Robots.txt asks crawlers to stay out of this page, so it is never fetched.")));
    case "/french":
      return html(page(para("Désactivez le paramètre dans les réglages de votre compte pour que vos données ne servent plus à entraîner les modèles."), "fr"));
    case "/help":
      return html(site.variants.help ?? HELP_VARIANTS.original ?? "");
    default:
      return void response.writeHead(404, { "Content-Type": "text/html" }).end("<h1>Page not found</h1>");
  }
}

/** Starts the site on `host` (any 127.x address), over HTTPS when a key and certificate are given. */
export async function startFixtureSite(host = "127.0.0.1", tls?: { key: string; cert: string }): Promise<FixtureSite> {
  const site = { requests: [], variants: {} } as unknown as FixtureSite;
  const handler = (request: IncomingMessage, response: ServerResponse) => handle(site, request, response);
  const server = tls ? createHttpsServer(tls, handler) : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  site.server = server;
  site.base = `${tls ? "https" : "http"}://${host}:${(server.address() as AddressInfo).port}`;
  site.close = () => new Promise((resolve) => server.close(() => resolve()));
  return site;
}
