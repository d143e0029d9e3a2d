/** Types for build-fingerprint.mjs, which stays plain ESM so the start command runs without tsx. */
export function sourceFingerprint(): Promise<string>;
export function buildIsCurrent(): Promise<boolean>;
export function recordBuildFingerprint(): Promise<void>;
