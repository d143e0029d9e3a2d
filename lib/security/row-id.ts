import { z } from "zod";

/**
 * The id of one of our rows (cuid, uuid or another URL-safe id) as it arrives in a form or URL.
 * Anything else is refused before it reaches Postgres, which answers a NUL byte in text with an
 * error rather than "no such row" (the fuzz tests found that as a 500, twice).
 */
export const rowIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "must be an id");
