import "server-only";
import { lookup } from "node:dns/promises";
import { chromium, type Browser } from "playwright-core";
import { literalAddressReason, refusedAddressReason } from "@/server/sources/address-guard";
import type { FetchPolicy, HttpResult } from "@/server/sources/http-fetch";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/**
 * Headless Chromium for pages that only render with JavaScript or that answer plain HTTP with a
 * bot wall. Launched lazily, at most once per cycle, closed by the cycle. Every request the page
 * makes is allowed only to the page's own host (no third-party requests are made, kept or
 * stored) and only after its address passed the same guard as plain HTTP.
 */
export class ChromiumFetcher {
  private browser: Promise<Browser> | undefined;
  launches = 0;

  constructor(private readonly policy: FetchPolicy) {}

  async get(url: string): Promise<HttpResult> {
    const target = new URL(url);
    const literal = literalAddressReason(target.hostname, this.policy.allowLoopback);
    if (literal) return { kind: "failed", why: `refused: ${literal}`, finalUrl: url, retryable: false };
    const browser = await this.launch();
    const context = await browser.newContext({ userAgent: this.policy.userAgent, locale: "en-US", serviceWorkers: "block", javaScriptEnabled: true });
    try {
      const refusedHosts = new Map<string, string | undefined>();
      await context.route("**/*", async (route) => {
        const requestUrl = new URL(route.request().url());
        if (requestUrl.protocol === "data:") return route.continue();
        if (requestUrl.hostname !== target.hostname || !/^https?:$/.test(requestUrl.protocol)) return route.abort("blockedbyclient");
        if (!refusedHosts.has(requestUrl.hostname)) refusedHosts.set(requestUrl.hostname, await this.addressProblem(requestUrl.hostname));
        return refusedHosts.get(requestUrl.hostname) ? route.abort("addressunreachable") : route.continue();
      });
      const page = await context.newPage();
      const response = await page.goto(url, { waitUntil: "load", timeout: this.policy.timeoutMs }).catch((error: Error) => error);
      const problem = refusedHosts.get(target.hostname);
      if (problem) return { kind: "failed", why: `refused: ${problem}`, finalUrl: url, retryable: false };
      if (response instanceof Error) return { kind: "failed", why: `browser: ${response.message.split("\n")[0]}`, finalUrl: url, retryable: true };
      const status = response?.status() ?? 0;
      if (status === 429 || status >= 500) return { kind: "failed", why: `HTTP ${status}`, status, finalUrl: page.url(), retryable: true };
      if (status >= 400) return { kind: "failed", why: `HTTP ${status}`, status, finalUrl: page.url(), retryable: false };
      // Give client-side rendering a moment to settle without waiting on long-polling connections.
      await page.waitForLoadState("networkidle", { timeout: Math.min(5000, this.policy.timeoutMs) }).catch(() => {});
      const body = await page.content();
      if (Buffer.byteLength(body) > this.policy.maxBytes) return { kind: "failed", why: `response larger than ${this.policy.maxBytes} bytes`, finalUrl: page.url(), retryable: false };
      return { kind: "ok", status, finalUrl: page.url(), body };
    } finally {
      await context.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser).close().catch(() => {});
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      this.launches += 1;
      this.browser = chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
    }
    return this.browser;
  }

  private async addressProblem(hostname: string): Promise<string | undefined> {
    const literal = literalAddressReason(hostname, this.policy.allowLoopback);
    if (literal) return literal;
    try {
      for (const { address } of await lookup(hostname, { all: true })) {
        const reason = refusedAddressReason(address, this.policy.allowLoopback);
        if (reason) return `${hostname} resolves to ${reason}`;
      }
      return undefined;
    } catch (error) {
      return `cannot resolve ${hostname} (${(error as Error).message})`;
    }
  }
}
