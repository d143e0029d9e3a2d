import { describe, expect, test } from "vitest";
import { AppError, isDatabaseUnavailable } from "@/server/errors";

describe("isDatabaseUnavailable", () => {
  test("a connection the server closed (Postgres stopping), as Prisma's pg adapter reports it", () => {
    const error = Object.assign(new Error("Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`"), {
      code: "P2010",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } } },
    });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test("Postgres shutting down (57P01), as Prisma reports a raw database error (P2039)", () => {
    const error = Object.assign(new Error("Database error. Code: `57P01`."), {
      code: "P2039",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "postgres", originalCode: "57P01" } } },
    });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test("refused connections and Postgres shutdown codes, also as a cause", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: Object.assign(new Error("terminating"), { code: "57P01" }) }))).toBe(true);
  });

  test("an Auth.js error wrapping its adapter's failure ({ cause: { err } })", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5440"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(new Error("SessionTokenError", { cause: { err: refused } }))).toBe(true);
  });

  test("query errors and the app's own errors are not outages", () => {
    const unique = Object.assign(new Error("Unique constraint failed"), { code: "P2002", meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } } });
    expect(isDatabaseUnavailable(unique)).toBe(false);
    expect(isDatabaseUnavailable(new AppError("invalid-input", "no"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
