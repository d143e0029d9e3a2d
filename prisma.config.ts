import { defineConfig } from "prisma/config";

// Prisma's CLI loads this file outside the app, so it cannot import server/env.ts (server-only);
// DATABASE_URL is optional here because `prisma generate` needs no database.
const databaseUrl = process.env.DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(databaseUrl ? { datasource: { url: databaseUrl } } : {}),
});
