import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, SCHEMA_PATH, schemaDrift } from "@/server/db/migrate";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-database";

async function migrationNames(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** Table names schema.prisma declares (a model's @@map wins over its name). */
async function modelTables(): Promise<string[]> {
  const schema = await readFile(SCHEMA_PATH, "utf8");
  return [...schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)]
    .map(([, model, body]) => /@@map\("([^"]+)"\)/.exec(body ?? "")?.[1] ?? model ?? "")
    .sort();
}

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
};

describe("applyMigrations on an empty database", () => {
  let database: TestDatabase;
  let firstRun: { applied: string[] };

  beforeAll(async () => {
    database = await createTestDatabase(inject("adminDatabaseUrl"));
    firstRun = await applyMigrations(database.url);
  });
  afterAll(() => database?.drop());

  test("applies every migration in the folder, in name order", async () => {
    const names = await migrationNames();
    expect(names.length).toBeGreaterThan(0);
    expect(firstRun.applied).toEqual(names);
  });

  test("creates a table for every model in schema.prisma", async () => {
    const rows = await query<{ table_name: string }>(
      database.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    const tables = rows.map((row) => row.table_name).sort();
    expect(tables).toEqual([...(await modelTables()), "_prisma_migrations"].sort());
  });

  test("records each migration in _prisma_migrations as `prisma migrate deploy` does", async () => {
    const rows = await query<MigrationRow>(database.url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    const names = await migrationNames();
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  test("a second run applies nothing and leaves the history as it was", async () => {
    const before = await query<MigrationRow>(database.url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    await expect(applyMigrations(database.url)).resolves.toEqual({ applied: [] });
    const after = await query<MigrationRow>(database.url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    expect(after).toEqual(before);
  });
});

describe("the migrated schema", () => {
  test("matches prisma/schema.prisma exactly (no drift)", async () => {
    // If this fails, schema.prisma changed without a migration: run `npm run db:migration:create -- <name>`.
    await expect(schemaDrift(inject("databaseUrl"))).resolves.toBeNull();
  });

  test("the drift check notices a column the schema does not have", async () => {
    const database = await createTestDatabase(inject("adminDatabaseUrl"));
    try {
      await applyMigrations(database.url);
      await query(database.url, 'ALTER TABLE "User" ADD COLUMN "nickname" TEXT');
      await expect(schemaDrift(database.url)).resolves.toMatch(/DROP COLUMN "nickname"/);
    } finally {
      await database.drop();
    }
  });
});

test("concurrent runs apply each migration once (Prisma's advisory lock)", async () => {
  const database = await createTestDatabase(inject("adminDatabaseUrl"));
  try {
    const runs = await Promise.all([applyMigrations(database.url), applyMigrations(database.url)]);
    expect(runs.flatMap((run) => run.applied).sort()).toEqual(await migrationNames());
    const rows = await query<{ count: string }>(database.url, 'SELECT count(*) FROM "_prisma_migrations"');
    expect(Number(rows[0]?.count)).toBe((await migrationNames()).length);
  } finally {
    await database.drop();
  }
});
