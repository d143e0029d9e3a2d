import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom, isLoopbackAddress, isLoopbackHost, PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import { env } from "@/server/env";

type HeaderSource = Pick<Headers, "get">;

/** The client address for per-client limits: the socket peer, or what the trusted proxies saw. */
export function clientAddressOf(source: HeaderSource): string {
  return clientAddressFrom({ peerAddress: source.get(PEER_ADDRESS_HEADER), forwardedFor: source.get("x-forwarded-for"), trustedProxyHops: env.TRUSTED_PROXY_HOPS });
}

/** As clientAddressOf, for server actions and pages. */
export async function currentClientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}

/**
 * True only for a request from this machine to a loopback host name. Both, because a proxy on
 * this machine makes every request come from loopback, and a Host header alone is the client's word.
 */
export async function requestIsFromThisMachine(): Promise<boolean> {
  const list = await headers();
  return isLoopbackAddress(list.get(PEER_ADDRESS_HEADER)) && isLoopbackHost(list.get("host"));
}
