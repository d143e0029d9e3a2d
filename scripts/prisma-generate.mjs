/**
 * `npm run db:generate` (and postinstall): `prisma generate` without network access.
 * The Prisma CLI insists on downloading a native schema engine before any command, but generate
 * never calls it, so any existing executable satisfies the check (see ARCHITECTURE.md §4).
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

const run = spawnSync(process.execPath, [prismaCli, "generate", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
    // The engines package has no checksums offline; the version check and telemetry would dial out.
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
if (run.error) throw run.error;
process.exit(run.status ?? 1);
