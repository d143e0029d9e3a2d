import { describe, expect, it } from "vitest";
import { rowIdSchema } from "@/lib/security/row-id";

describe("rowIdSchema", () => {
  it("accepts our ids: cuid, uuid, test ids", () => {
    for (const id of ["cmi4x1y2z0000abcd1234efgh", "3f0c6a52-0d2e-4c7b-9a51-5d0f1e2a7b3c", "bench-17", "s1"]) expect(rowIdSchema.safeParse(id).success).toBe(true);
  });

  it("refuses what Postgres would answer with an error, and anything that is not an id", () => {
    for (const id of ["\u0000", "a\u0000b", "", "x".repeat(101), "ȱꦔऑ", "id with space", "../etc"]) expect(rowIdSchema.safeParse(id).success).toBe(false);
  });
});
