import { describe, expect, test } from "vitest";
import { listenHost } from "@/scripts/lib/listen-host.mjs";

describe("listenHost", () => {
  test("loopback when HOST is unset or empty (an empty HOST= line in .env)", () => {
    expect(listenHost(undefined)).toBe("127.0.0.1");
    expect(listenHost("")).toBe("127.0.0.1");
  });

  test("what HOST says when it is set", () => {
    expect(listenHost("0.0.0.0")).toBe("0.0.0.0");
    expect(listenHost("::")).toBe("::");
  });
});
