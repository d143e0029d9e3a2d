import { describe, expect, test } from "vitest";
import { clientAddressFrom, isLoopbackAddress, isLoopbackHost } from "@/lib/http/client-address";

describe("clientAddressFrom", () => {
  test("with no trusted proxy, the socket's peer, whatever X-Forwarded-For says", () => {
    expect(clientAddressFrom({ peerAddress: "198.51.100.4", forwardedFor: "203.0.113.1", trustedProxyHops: 0 })).toBe("198.51.100.4");
    expect(clientAddressFrom({ peerAddress: "::ffff:127.0.0.1", forwardedFor: null, trustedProxyHops: 0 })).toBe("127.0.0.1");
  });

  test("behind one proxy, the entry that proxy appended (right-most), not the client's own (left-most)", () => {
    // The client sent "X-Forwarded-For: 203.0.113.1"; the proxy appended the real address.
    expect(clientAddressFrom({ peerAddress: "10.0.0.2", forwardedFor: "203.0.113.1, 198.51.100.4", trustedProxyHops: 1 })).toBe("198.51.100.4");
  });

  test("behind two proxies, the second entry from the right", () => {
    expect(clientAddressFrom({ peerAddress: "10.0.0.2", forwardedFor: "203.0.113.1, 198.51.100.4, 10.0.0.1", trustedProxyHops: 2 })).toBe("198.51.100.4");
  });

  test("rotating the client-written part changes nothing", () => {
    const seen = new Set(["1.1.1.1", "2.2.2.2", "3.3.3.3"].map((spoof) => clientAddressFrom({ peerAddress: "10.0.0.2", forwardedFor: `${spoof}, 198.51.100.4`, trustedProxyHops: 1 })));
    expect([...seen]).toEqual(["198.51.100.4"]);
  });

  test("a request that skipped the proxy: the left-most of what there is", () => {
    expect(clientAddressFrom({ peerAddress: "198.51.100.4", forwardedFor: null, trustedProxyHops: 1 })).toBe("198.51.100.4");
  });

  test("no peer address (not served by scripts/serve.mjs): one shared bucket, never a header value", () => {
    expect(clientAddressFrom({ peerAddress: undefined, forwardedFor: "203.0.113.1", trustedProxyHops: 0 })).toBe("unknown");
    expect(clientAddressFrom({ peerAddress: " ", forwardedFor: "203.0.113.1", trustedProxyHops: 1 })).toBe("unknown");
  });
});

describe("isLoopbackAddress / isLoopbackHost", () => {
  test.each(["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"])("%s is loopback", (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  test.each(["10.0.0.1", "192.168.1.2", "::ffff:10.0.0.1", "fe80::1", "", undefined, "unknown", "127.0.0.1.evil.example"])("%s is not loopback", (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });

  test.each(["localhost", "localhost:3000", "127.0.0.1:3101", "[::1]:3000", "LOCALHOST"])("Host %s is this machine", (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  test.each(["offswitch.example", "127.0.0.1.nip.io", "localhost.evil.example", "192.168.1.2:3000", "", null, "a b"])("Host %s is not", (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
