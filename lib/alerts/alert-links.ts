import { z } from "zod";

/** Tokens in alert links: 32 random bytes, base64url (server/alerts/alert-tokens.ts). Refuses junk before any lookup. */
export const alertTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "is not a valid link token");

/** The query string of the confirm and unsubscribe pages and routes. */
export const tokenQuerySchema = z.object({ token: alertTokenSchema.optional().catch(undefined) });
