import { describe, expect, test } from "vitest";
import { adminSourceFromEnv, assertLocalDatabaseUrl, dropDatabase } from "@/tests/integration/test-database";

describe("the local-database guard", () => {
  test.each([
    "postgresql://postgres@localhost:5432/postgres",
    "postgresql://postgres@127.0.0.1/postgres",
    "postgres://postgres@[::1]:5432/postgres",
    "postgresql://postgres@localhost/postgres?host=/var/run/postgresql",
    "postgresql://postgres@LOCALHOST:5434/postgres",
  ])("accepts %s", (url) => {
    expect(() => assertLocalDatabaseUrl(url)).not.toThrow();
  });

  test.each([
    "postgresql://postgres@db.example.com:5432/postgres",
    "postgresql://postgres@10.0.0.5/postgres",
    "postgresql://postgres@localhost.example.com/postgres",
    "postgresql://postgres@127.0.0.2/postgres",
    // node-postgres connects to the `host` parameter, not the URL's host.
    "postgresql://postgres@localhost/postgres?host=db.example.com",
    "postgresql://postgres@localhost/postgres?hostaddr=10.0.0.5",
    "postgresql:///postgres",
    "mysql://root@localhost/test",
    "not a url",
  ])("refuses %s", (url) => {
    expect(() => assertLocalDatabaseUrl(url)).toThrow();
  });

  test("refuses a remote DATABASE_URL instead of falling back to the embedded server", () => {
    expect(() => adminSourceFromEnv({ DATABASE_URL: "postgresql://app@db.example.com/offswitch" })).toThrow(/Refusing/);
    expect(() => adminSourceFromEnv({ TEST_DATABASE_ADMIN_URL: "postgresql://app@db.example.com/postgres" })).toThrow(/Refusing/);
  });

  test("uses DATABASE_URL's server through its postgres database, or the embedded server", () => {
    expect(adminSourceFromEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/offswitch" })).toEqual({
      kind: "database-url",
      adminUrl: "postgresql://postgres@127.0.0.1:5432/postgres",
    });
    expect(adminSourceFromEnv({})).toEqual({ kind: "embedded" });
  });

  test("drops only databases the harness named", async () => {
    await expect(dropDatabase("postgresql://postgres@127.0.0.1:5432/postgres", "offswitch")).rejects.toThrow(/not a test database/);
  });
});
