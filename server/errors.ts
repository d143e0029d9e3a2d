import "server-only";

/** The closed set of failures a person can cause or meet; each maps to one HTTP status. */
export const ERROR_STATUS = {
  "invalid-input": 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "payload-too-large": 413,
  "unsupported-media-type": 415,
  "rate-limited": 429,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** An error whose message is safe to show to a person. Anything else is reported as a generic 500. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: readonly string[];
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, options: { details?: readonly string[]; retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Prisma driver-adapter error kinds that mean the connection, not the query, failed. */
const UNAVAILABLE_ADAPTER_KINDS = ["ConnectionClosed", "DatabaseNotReachable", "SocketTimeout", "TooManyConnections"];

/** Node socket errors, Postgres shutdown, too-many-connections and connection-failure codes, Prisma's connection codes. */
const UNAVAILABLE_CODES = ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08006", "P1001", "P1002", "P1017", "P2024"];

/** True for errors that mean "the database cannot be reached right now", not "the request is wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  // Follow causes, and Auth.js's wrapping ({ cause: { err } }) around its adapter's errors.
  for (const queue: unknown[] = [error]; queue.length > 0; ) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    queue.push((current as { cause?: unknown }).cause, (current as { err?: unknown }).err);
    const { code, message, meta } = current as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } } };
    // Prisma wraps the pg adapter's error in meta: a closed connection (P2010, kind ConnectionClosed)
    // or Postgres's own code, e.g. 57P01 while it shuts down (P2039, kind postgres).
    const adapterCause = meta?.driverAdapterError?.cause;
    if (typeof adapterCause?.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.includes(adapterCause.kind)) return true;
    if (typeof adapterCause?.originalCode === "string" && UNAVAILABLE_CODES.includes(adapterCause.originalCode)) return true;
    if (typeof code === "string" && UNAVAILABLE_CODES.includes(code)) return true;
    if (typeof message === "string" && /ECONNREFUSED|Connection terminated|the database system is (starting up|shutting down|not yet accepting connections)|Server has closed the connection|Can't reach database server|timeout exceeded when trying to connect/i.test(message)) return true;
  }
  return false;
}
