/** Types for peer-address.mjs, which stays plain ESM so the server runs without tsx. */
import type { IncomingMessage } from "node:http";

export const PEER_ADDRESS_HEADER: "x-offswitch-peer-address";
export function stampPeerAddress(req: Pick<IncomingMessage, "headers" | "rawHeaders" | "socket">): void;
