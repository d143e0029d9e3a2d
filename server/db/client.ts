import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { z } from "zod";
import { requireDatabaseUrl } from "@/server/env";
import { PrismaClient } from "@/server/db/generated/client";

const DEFAULT_POOL_SIZE = 10;

/** `connection_limit` is Prisma's usual URL parameter for the pool size; node-postgres ignores it. */
const connectionLimitSchema = z.coerce
  .number({ error: "connection_limit in DATABASE_URL must be a whole number" })
  .int()
  .min(1, "connection_limit in DATABASE_URL must be at least 1")
  .max(100, "connection_limit in DATABASE_URL must be at most 100");

/** Pool settings from the URL alone, so one variable configures every environment. */
export function poolConfigFromUrl(databaseUrl: string): PoolConfig {
  const url = new URL(databaseUrl);
  const limit = url.searchParams.get("connection_limit");
  url.searchParams.delete("connection_limit");
  const max = limit === null ? DEFAULT_POOL_SIZE : connectionLimitSchema.parse(limit);
  return { connectionString: url.toString(), max };
}

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(poolConfigFromUrl(requireDatabaseUrl())) });
}

// One client per process: Next dev re-evaluates modules on every hot reload, and the RSC and SSR
// layers can each load this module, so the pool lives on globalThis rather than in the module.
const globalForDb = globalThis as typeof globalThis & { offswitchDb?: PrismaClient };

function client(): PrismaClient {
  globalForDb.offswitchDb ??= createClient();
  return globalForDb.offswitchDb;
}

/**
 * The Prisma client. Created on first use, so importing a data module never needs DATABASE_URL
 * (static pages are prerendered by `next build` without a database).
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
