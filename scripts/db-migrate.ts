/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL, like `prisma migrate deploy`
 * but through the WebAssembly schema engine (no native engine download).
 */
import { requireDatabaseUrl } from "@/server/env";
import { applyMigrations } from "@/server/db/migrate";

try {
  const { applied } = await applyMigrations(requireDatabaseUrl());
  if (applied.length === 0) {
    console.log("database is up to date");
  } else {
    console.log(`applied ${applied.length} migration${applied.length === 1 ? "" : "s"}:`);
    for (const name of applied) console.log(`  ${name}`);
  }
} catch (error) {
  // The engine's message names the failing migration and Prisma's error code; a stack adds nothing.
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
