import type { IncomingMessage } from "node:http";
import { describe, expect, test } from "vitest";
import { PEER_ADDRESS_HEADER, stampPeerAddress } from "@/scripts/lib/peer-address.mjs";
import { PEER_ADDRESS_HEADER as READ_BY_THE_APP } from "@/lib/http/client-address";

function request(headers: Record<string, string>, remoteAddress?: string) {
  const rawHeaders = Object.entries(headers).flat();
  return { headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])), rawHeaders, socket: { remoteAddress } } as unknown as IncomingMessage;
}

describe("stampPeerAddress", () => {
  test("replaces a copy the client sent with the socket's address", () => {
    const req = request({ Host: "127.0.0.1:3000", "X-OffSwitch-Peer-Address": "127.0.0.1" }, "203.0.113.9");
    stampPeerAddress(req);
    expect(req.headers[PEER_ADDRESS_HEADER]).toBe("203.0.113.9");
    expect(req.rawHeaders).toEqual(["Host", "127.0.0.1:3000"]);
  });

  test("without a socket address, the client's copy is gone and nothing replaces it", () => {
    const req = request({ "x-offswitch-peer-address": "127.0.0.1" });
    stampPeerAddress(req);
    expect(req.headers[PEER_ADDRESS_HEADER]).toBeUndefined();
  });

  test("the app reads the header the server writes", () => {
    expect(READ_BY_THE_APP).toBe(PEER_ADDRESS_HEADER);
  });
});
