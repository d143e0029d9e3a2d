import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createMigration, migrationSlug, migrationTimestamp, NoSchemaChangesError, SNAPSHOT_FILE } from "@/server/db/create-migration";

const DATASOURCE = 'datasource db {\n  provider = "postgresql"\n}\n';
const NOTE_V1 = `${DATASOURCE}\nmodel Note {\n  id    String @id\n  title String\n  body  String\n}\n`;
const NOTE_V2 = `${DATASOURCE}\nmodel Note {\n  id    String @id\n  title String\n}\n\nmodel Tag {\n  id String @id\n}\n`;

let dir: string;
let migrationsDir: string;
let schemaPath: string;
const at = (iso: string) => ({ migrationsDir, schemaPath, now: new Date(iso) });

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "offswitch-migrations-"));
  migrationsDir = path.join(dir, "migrations");
  schemaPath = path.join(dir, "schema.prisma");
  await writeFile(schemaPath, NOTE_V1);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("createMigration", () => {
  test("writes the first migration from an empty database, Prisma's lock file and the snapshot", async () => {
    const created = await createMigration("Init", at("2026-01-02T03:04:05Z"));
    expect(created.name).toBe("20260102030405_init");
    const sql = await readFile(path.join(migrationsDir, created.name, "migration.sql"), "utf8");
    expect(sql).toMatch(/^-- CreateTable\nCREATE TABLE "Note" \(/);
    expect(sql).not.toContain("CREATE SCHEMA");
    expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
    expect(await readFile(path.join(migrationsDir, SNAPSHOT_FILE), "utf8")).toContain(NOTE_V1);
    expect(created.destructive).toEqual([]);
  });

  test("refuses when schema.prisma has not changed", async () => {
    await createMigration("init", at("2026-01-02T03:04:05Z"));
    await expect(createMigration("again", at("2026-01-02T03:05:00Z"))).rejects.toBeInstanceOf(NoSchemaChangesError);
    expect((await readdir(migrationsDir)).filter((name) => name.endsWith("_again"))).toEqual([]);
  });

  test("diffs from the snapshot and flags statements that lose data", async () => {
    await createMigration("init", at("2026-01-02T03:04:05Z"));
    await writeFile(schemaPath, NOTE_V2);
    const created = await createMigration("add-tags", at("2026-01-03T00:00:00Z"));
    expect(created.name).toBe("20260103000000_add_tags");
    expect(created.sql).toContain('CREATE TABLE "Tag"');
    expect(created.sql).not.toContain('CREATE TABLE "Note"');
    expect(created.destructive).toEqual([expect.stringContaining('DROP COLUMN "body"')]);
    expect(await readFile(path.join(migrationsDir, SNAPSHOT_FILE), "utf8")).toContain(NOTE_V2);
  });

  test("never writes a migration that would sort before the latest one", async () => {
    await createMigration("init", at("2026-01-02T03:04:05Z"));
    await writeFile(schemaPath, NOTE_V2);
    await expect(createMigration("late", at("2026-01-01T00:00:00Z"))).rejects.toThrow(/sort before/);
    expect(existsSync(path.join(migrationsDir, "20260101000000_late"))).toBe(false);
  });

  test("refuses to guess when migrations exist but the snapshot is missing", async () => {
    await createMigration("init", at("2026-01-02T03:04:05Z"));
    await rm(path.join(migrationsDir, SNAPSHOT_FILE));
    await writeFile(schemaPath, NOTE_V2);
    await expect(createMigration("next", at("2026-01-03T00:00:00Z"))).rejects.toThrow(/is missing/);
  });
});

test("migration names follow Prisma's folder naming", () => {
  expect(migrationSlug("Add Subscriptions!")).toBe("add_subscriptions");
  expect(migrationSlug("add-rate-limit")).toBe("add_rate_limit");
  expect(migrationSlug("!!!")).toBe("");
  expect(migrationTimestamp(new Date("2026-11-29T09:08:07.654Z"))).toBe("20261129090807");
});
