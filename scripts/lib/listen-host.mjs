/**
 * The interface the local launcher listens on: loopback unless HOST says otherwise, so a local
 * copy (whose /dev/mail shows every sign-in link) is not reachable from the network by accident.
 */
export function listenHost(host = process.env.HOST) {
  return host || "127.0.0.1";
}
