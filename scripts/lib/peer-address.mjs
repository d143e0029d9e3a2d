/**
 * Next.js gives route handlers and server actions the request's headers but not the socket it
 * came in on, and every header can be written by the client. The server (scripts/serve.mjs) puts
 * the socket's address into this header after throwing away any copy the client sent, so the app
 * can tell who it is talking to (server/http/client-address.ts reads it).
 */
export const PEER_ADDRESS_HEADER = "x-offswitch-peer-address";

/** Replaces whatever the client sent in PEER_ADDRESS_HEADER with the socket's remote address. */
export function stampPeerAddress(req) {
  delete req.headers[PEER_ADDRESS_HEADER];
  // Next builds its Headers from req.headers; drop the raw copies too so nothing can read them back.
  const raw = req.rawHeaders;
  if (Array.isArray(raw)) {
    const kept = [];
    for (let i = 0; i + 1 < raw.length; i += 2) if (raw[i].toLowerCase() !== PEER_ADDRESS_HEADER) kept.push(raw[i], raw[i + 1]);
    req.rawHeaders.splice(0, raw.length, ...kept);
  }
  const address = req.socket?.remoteAddress;
  if (address) req.headers[PEER_ADDRESS_HEADER] = address;
}
