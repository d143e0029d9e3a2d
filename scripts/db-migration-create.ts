/**
 * `npm run db:migration:create -- <name>`: writes prisma/migrations/<timestamp>_<name>/ from the
 * change to prisma/schema.prisma since the latest migration. Needs no database.
 */
import path from "node:path";
import { z } from "zod";
import { createMigration, NoSchemaChangesError } from "@/server/db/create-migration";

const argsSchema = z.tuple([z.string().trim().min(1, "give the migration a name").max(200)], {
  error: "usage: npm run db:migration:create -- <name>   (for example: add-subscriptions)",
});

const parsed = argsSchema.safeParse(process.argv.slice(2));
if (!parsed.success) {
  console.error(parsed.error.issues[0]?.message);
  process.exit(2);
}

try {
  const created = await createMigration(parsed.data[0]);
  console.log(`Created ${path.relative(process.cwd(), created.directory)}/migration.sql`);
  if (created.destructive.length > 0) {
    console.warn("\nReview before committing; these statements can lose data:");
    for (const line of created.destructive) console.warn(`  ${line.trim()}`);
  }
  console.log("\nApply it with `npm run db:migrate`; commit the folder and prisma/migrations/schema.snapshot.prisma.");
} catch (error) {
  if (error instanceof NoSchemaChangesError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
