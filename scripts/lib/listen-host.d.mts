/** Types for listen-host.mjs, which stays plain ESM so the start command runs without tsx. */
export function listenHost(host?: string): string;
