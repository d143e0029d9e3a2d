import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { NO_SCHEMA_FILTER, withSchemaEngine, type SchemaEngineLogLine } from "@/server/db/schema-engine";

/** Resolved from this file rather than the working directory, so any script or test finds them. */
export const PRISMA_DIR = fileURLToPath(new URL("../../prisma", import.meta.url));
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");

const MIGRATION_FILE = "migration.sql";
const LOCKFILE = "migration_lock.toml";

/** The migrations folder in the shape the engine expects, read the way the Prisma CLI reads it. */
export async function readMigrationsList(migrationsDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockContent = await readFile(path.join(migrationsDir, LOCKFILE), "utf8").catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: MIGRATION_FILE,
        content: await readFile(path.join(migrationsDir, name, MIGRATION_FILE), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
  return { baseDir: migrationsDir, lockfile: { path: LOCKFILE, content: lockContent }, shadowDbInitScript: "", migrationDirectories };
}

export type ApplyMigrationsOptions = {
  migrationsDir?: string;
  onLog?: (line: SchemaEngineLogLine) => void;
};

/**
 * `prisma migrate deploy`: applies every migration not yet recorded in `_prisma_migrations`, in
 * name order, under Prisma's advisory lock. It is the same engine code as the CLI, so checksums,
 * failed-migration checks and the table's rows are exactly what migrate deploy would write.
 */
export async function applyMigrations(databaseUrl: string, options: ApplyMigrationsOptions = {}): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrationsList(options.migrationsDir);
  const result = await withSchemaEngine({ databaseUrl, onLog: options.onLog }, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_SCHEMA_FILTER }),
  );
  return { applied: result.appliedMigrationNames };
}

/**
 * Drift check: the SQL that would make the live database match schema.prisma, or null when they
 * already match. Read-only; it introspects the database and never touches a shadow database.
 */
export async function schemaDrift(databaseUrl: string, schemaPath = SCHEMA_PATH): Promise<string | null> {
  const files = [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
  const result = await withSchemaEngine({ databaseUrl }, (engine) =>
    engine.diff({
      from: { tag: "schemaDatasource", files, configDir: path.dirname(schemaPath) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: NO_SCHEMA_FILTER,
    }),
  );
  // With exitCode requested the engine answers 2 when the diff is not empty.
  return result.exitCode === 2 ? (result.stdout ?? "") : null;
}
