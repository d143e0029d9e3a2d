import "server-only";
import { BlockList, isIP } from "node:net";
import { lookup } from "node:dns";
import type { LookupFunction } from "node:net";

/** Addresses the watcher never connects to: private, shared, link-local, multicast, reserved. */
const refused = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.0.0.0", 24],
  ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24], ["203.0.113.0", 24], ["224.0.0.0", 3],
] as const) refused.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [["::", 128], ["64:ff9b::", 96], ["100::", 64], ["2001:db8::", 32], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8]] as const) refused.addSubnet(network, prefix, "ipv6");
const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

export class RefusedAddressError extends Error {}

/** Why an address may not be fetched, or undefined when it may. IPv4-mapped IPv6 is judged as IPv4. */
export function refusedAddressReason(address: string, allowLoopback: boolean): string | undefined {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip) === 6 ? "ipv6" : "ipv4";
  if (loopback.check(ip, family)) return allowLoopback ? undefined : `${address} is a loopback address`;
  if (refused.check(ip, family)) return `${address} is a private, link-local or reserved address`;
  return undefined;
}

/**
 * A DNS lookup for node:http(s) that refuses private addresses at connect time: the address
 * checked is the address connected to, so DNS rebinding between check and connect is impossible.
 */
export function guardedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as unknown as { address: string; family: number }[];
      for (const { address } of list) {
        const reason = refusedAddressReason(address, allowLoopback);
        if (reason) return callback(new RefusedAddressError(`refused: ${hostname} resolves to ${reason}`), "", 0);
      }
      const first = list[0];
      if (!first) return callback(new Error(`no address for ${hostname}`), "", 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      callback(null, first.address, first.family);
    });
  };
}

/** Hosts written as an IP literal skip DNS, so they are judged here. */
export function literalAddressReason(hostname: string, allowLoopback: boolean): string | undefined {
  const bare = hostname.replace(/^\[|\]$/g, "");
  if (isIP(bare) === 0) return bare.toLowerCase() === "localhost" && !allowLoopback ? "localhost is a loopback address" : undefined;
  return refusedAddressReason(bare, allowLoopback);
}
