/**
 * Who is on the other end of a request, from what cannot be forged: the socket's address (put in
 * PEER_ADDRESS_HEADER by scripts/serve.mjs, which drops any copy a client sends) and, behind
 * proxies the operator declared (TRUSTED_PROXY_HOPS), the entries those proxies appended to
 * X-Forwarded-For. Entries further left were written by the client and are never used.
 */

/** Keep in step with scripts/lib/peer-address.mjs (a test checks both). */
export const PEER_ADDRESS_HEADER = "x-offswitch-peer-address";

/** "::ffff:127.0.0.1" (IPv4 on a dual-stack socket) is 127.0.0.1. */
function normalizeAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice("::ffff:".length) : trimmed;
}

/**
 * The client address: with no trusted proxy, the socket's peer; with N trusted proxies in front,
 * the address the outermost trusted proxy saw, i.e. the Nth X-Forwarded-For entry from the right
 * (each proxy appends the address it received the request from). "unknown" when the peer is not
 * known (a server started without scripts/serve.mjs): one shared bucket, never a forged one.
 */
export function clientAddressFrom({ peerAddress, forwardedFor, trustedProxyHops }: { peerAddress: string | null | undefined; forwardedFor: string | null | undefined; trustedProxyHops: number }): string {
  const peer = peerAddress?.trim() ? normalizeAddress(peerAddress) : undefined;
  if (!peer) return "unknown";
  if (trustedProxyHops <= 0) return peer;
  const forwarded = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const chain = [...forwarded, peer];
  // Fewer entries than declared proxies: the request skipped a proxy; the left-most is all there is.
  const index = Math.max(0, chain.length - 1 - trustedProxyHops);
  return normalizeAddress(chain[index] ?? peer);
}

/** 127.0.0.0/8 and ::1. */
export function isLoopbackAddress(address: string | null | undefined): boolean {
  if (!address) return false;
  const normalized = normalizeAddress(address);
  return normalized === "::1" || /^127(?:\.\d{1,3}){3}$/.test(normalized);
}

/** A Host header naming this machine: localhost, 127.x.x.x or [::1], with or without a port. */
export function isLoopbackHost(host: string | null | undefined): boolean {
  if (!host) return false;
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    return false;
  }
  return hostname === "localhost" || hostname === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
