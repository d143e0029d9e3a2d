import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // server-only throws outside React Server Components; tests import server modules directly.
      "server-only": path.resolve(import.meta.dirname, "tests/stubs/server-only.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    // Vitest's default on a 2-core machine is one file at a time; the slow files (the worker-kill
    // and load tests) mostly wait on child processes and SMTP, so two at a time nearly halves the
    // stage (293 s -> 155 s measured 2026-12-04). The two that build share a lock (tests/load/app-instance.ts).
    maxWorkers: 2,
    // One migrated database per run on a local Postgres (embedded when none is configured).
    globalSetup: ["tests/integration/global-setup.ts"],
  },
});
