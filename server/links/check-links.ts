import "server-only";

export type LinkCheck =
  | { url: string; ok: true; status: number; finalUrl: string; redirects: number }
  | { url: string; ok: false; status?: number; finalUrl: string; redirects: number; reason: string };

export type CheckLinksOptions = {
  /** Per request (each redirect hop gets its own). */
  timeoutMs: number;
  maxRedirects?: number;
  concurrency?: number;
  fetch?: typeof fetch;
};

const USER_AGENT = "OffSwitch-links-check/1 (+https://github.com/offswitch; checks that guide links still work)";

async function checkOne(url: string, { timeoutMs, maxRedirects = 5, fetch: fetchFn = fetch }: CheckLinksOptions): Promise<LinkCheck> {
  let current = url;
  for (let redirects = 0; ; redirects += 1) {
    let response: Response;
    try {
      // Redirects are followed by hand so each hop has its own timeout and the final address is known.
      response = await fetchFn(current, { redirect: "manual", signal: AbortSignal.timeout(timeoutMs), headers: { "User-Agent": USER_AGENT, Accept: "text/html,*/*" } });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      const reason = timedOut ? `timed out after ${timeoutMs} ms` : `could not connect (${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)})`;
      return { url, ok: false, finalUrl: current, redirects, reason };
    }
    await response.body?.cancel().catch(() => {});
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      if (redirects >= maxRedirects) return { url, ok: false, status: response.status, finalUrl: current, redirects, reason: `more than ${maxRedirects} redirects` };
      current = new URL(location, current).toString();
      continue;
    }
    if (response.status >= 400) return { url, ok: false, status: response.status, finalUrl: current, redirects, reason: `HTTP ${response.status}` };
    return { url, ok: true, status: response.status, finalUrl: current, redirects };
  }
}

/** Checks every URL, a few at a time; results come back in the order given. */
export async function checkLinks(urls: readonly string[], options: CheckLinksOptions): Promise<LinkCheck[]> {
  const results: LinkCheck[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      results[index] = await checkOne(urls[index] as string, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, urls.length) }, worker));
  return results;
}
